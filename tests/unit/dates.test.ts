import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, formatMoment, formatMomentDay, isRealDay, isTimeZone, latestToday, personTimeZone, todayIn } from "@/lib/dates";
import { suggestedCheckInDate } from "@/lib/family/checkins";

describe("one format for days and times", () => {
  const moment = new Date("2026-03-31T22:15:00Z");

  it("days never shift with a time zone", () => {
    expect(formatDay("2026-03-31")).toBe("March 31, 2026");
    expect(formatDay("2026-03-31", "weekday")).toBe("Tuesday, March 31, 2026");
    expect(formatDay("2026-03-31", "short")).toBe("Mar 31");
  });

  it("moments show in the reader's zone, and say which zone", () => {
    expect(formatMoment(moment, "America/Chicago")).toBe("March 31, 2026 at 5:15 PM CDT");
    expect(formatMoment(moment, "Pacific/Honolulu")).toBe("March 31, 2026 at 12:15 PM HST");
    expect(formatMoment(moment, "Asia/Tokyo")).toMatch(/^April 1, 2026 at 7:15 AM GMT\+9$/);
    expect(formatMomentDay(moment, "Asia/Tokyo")).toBe("April 1, 2026");
  });

  it("knows a real zone and a real day from a made-up one", () => {
    expect(isTimeZone("America/New_York")).toBe(true);
    for (const bad of ["", "Mars/Olympus", "<script>", 42, null, "x".repeat(100)]) expect(isTimeZone(bad)).toBe(false);
    expect(isRealDay("2026-02-29")).toBe(false);
    expect(isRealDay("2028-02-29")).toBe(true);
  });

  it("counts days and finds today where the person is", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    const lateEvening = new Date("2026-11-22T04:30:00Z"); // 10:30 PM in Chicago on the 21st
    expect(todayIn("America/Chicago", lateEvening)).toBe("2026-11-21");
    expect(todayIn("Europe/Berlin", lateEvening)).toBe("2026-11-22");
    expect(latestToday(lateEvening)).toBe("2026-11-22");
    expect(suggestedCheckInDate("America/Los_Angeles", lateEvening)).toBe("2026-11-21");
    expect(suggestedCheckInDate("Pacific/Kiritimati", lateEvening)).toBe("2026-11-22");
  });
});

describe("one time zone per person", () => {
  it("is the chosen zone, else the device's, else US Central; an invalid zone is skipped", () => {
    expect(personTimeZone("America/Los_Angeles", "America/New_York")).toBe("America/Los_Angeles");
    expect(personTimeZone(null, "America/New_York")).toBe("America/New_York");
    expect(personTimeZone("Not/AZone", "America/New_York")).toBe("America/New_York");
    expect(personTimeZone(undefined, "Mars/Olympus")).toBe("America/Chicago");
    expect(personTimeZone(null, null)).toBe("America/Chicago");
  });
});

describe("in Spanish (decision 052)", () => {
  it("writes days as Spanish readers do", () => {
    expect(formatDay("2026-03-31", "long", "es")).toBe("31 de marzo de 2026");
    expect(formatDay("2026-03-31", "weekday", "es")).toBe("martes, 31 de marzo de 2026");
    expect(formatDay("2026-03-31", "short", "es")).toBe("31 mar");
  });

  it("writes moments with the zone, and 'a la una' for one o'clock", () => {
    expect(formatMoment(new Date("2026-03-31T22:15:00Z"), "America/Chicago", "es")).toBe("31 de marzo de 2026 a las 5:15 p.m. CDT");
    expect(formatMoment(new Date("2026-03-31T06:05:00Z"), "America/Chicago", "es")).toBe("31 de marzo de 2026 a la 1:05 a.m. CDT");
    expect(formatMoment(new Date("2026-03-31T22:15:00Z"), "America/Chicago")).toBe("March 31, 2026 at 5:15 PM CDT");
  });
});
