/** A small scheme shared by the service tests, and a helper to find offsets in it. */
export const SCHEME = `scheme "Clerk" {
  period month
}

metric resolved "Resolved" {
  type count
  source self
  observes cases.closed
}

metric on_time_count "On time" {
  type count
  source system
  audit 5%
}

group work "Work" {
  weight 60
}

group care "Care" {
  weight 40
}

indicator on_time "Dossiers <b>on</b> time [x](http://evil)" {
  group work
  value on_time_count / resolved
  floor 80%
  target 98%
  weight 30
  note "Legal *deadline* per dossier type"
}

indicator volume "Volume" {
  group work
  value resolved
  step 100 -> 100
  step 50 -> 40
  weight 70
}

indicator kindness "Kindness" {
  group care
  value resolved
  floor 1
  target 10
  weight 100
}

gate slow "Too slow" {
  when on_time.points < 10
  cap rating poor
}

rating top "Top" {
  min 90
  quota 20% of ok
  reward 10%
}

rating ok "OK" {
  min 50
  reward 2%
}

rating poor "Poor" {
  reward 0%
}
`;

/** Offset of `needle` in `text` plus `delta` (the cursor a few characters into it). */
export function at(text: string, needle: string, delta = 0): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`fixture has no ${JSON.stringify(needle)}`);
  return i + delta;
}
