"use client";

import { useEffect } from "react";
import { forgetKeptPlans } from "@/lib/offline/kept-plan";

/**
 * On the sign-in and sign-up forms: whoever signs in next on this device never finds a plan that
 * someone else kept on it (docs/decisions/027). These forms are shown only to someone signed out.
 */
export function ForgetKeptPlans() {
  useEffect(() => {
    forgetKeptPlans().catch(() => undefined);
  }, []);
  return null;
}
