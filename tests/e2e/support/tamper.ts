import type { Page } from "@playwright/test";

/** A value the page never offered, chosen in a <select> (as a tampered form would send it): the server must refuse it. */
export async function chooseUnofferedOption(page: Page, selector: string, value: string) {
  await page.locator(selector).evaluate((select, value) => {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
    (select as HTMLSelectElement).value = value;
  }, value);
}
