// "Open now" on the contact page, worked out in the visitor's browser from the location's
// weekly hours and coming closed days, so that the page itself can be cached all day.
// Without JavaScript the line stays hidden and the hours table says the same.
"use strict";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function clinicNow(timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone, year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", weekday: "long",
    }).formatToParts(new Date()).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: DAYS.indexOf(parts.weekday),
    time: `${parts.hour}:${parts.minute}`,
  };
}

function spoken(time) {
  const [hour, minute] = time.split(":").map(Number);
  const suffix = hour < 12 ? "am" : "pm";
  return `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, "0")}` : ""} ${suffix}`;
}

function addDays(date, days) {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

function status(hours, now) {
  const spansOn = (offset) => {
    const date = addDays(now.date, offset);
    return hours.closed.includes(date) ? [] : hours.weekly[(now.weekday + offset) % 7] || [];
  };
  const current = spansOn(0).find(([opens, closes]) => opens <= now.time && now.time < closes);
  if (current) {
    return { state: "open", text: `Open now, until ${spoken(current[1])}` };
  }
  for (let offset = 0; offset < 14; offset += 1) {
    const next = spansOn(offset).find(([opens]) => offset > 0 || now.time < opens);
    if (next) {
      const day = offset === 0 ? "today" : offset === 1 ? "tomorrow" : DAYS[(now.weekday + offset) % 7];
      return { state: "closed", text: `Closed now. Opens ${day} at ${spoken(next[0])}` };
    }
  }
  return { state: "closed", text: "Closed now" };
}

for (const line of document.querySelectorAll("[data-open-now]")) {
  const now = clinicNow(line.dataset.timeZone);
  const { state, text } = status(JSON.parse(line.dataset.openNow), now);
  line.textContent = text;
  line.dataset.state = state;
  line.hidden = false;
}
