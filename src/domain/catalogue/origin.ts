import type { OriginPlace } from "../geo/postcodes.js";
import { GEOGRAPHICAL_INDICATION_LABELS } from "./labels.js";

/**
 * Where a product comes from, as the origin rules see it (DOMAIN.md §3), shared by the catalogue check
 * and the eligibility verdict.
 */
export type OriginVerdict = "inside" | "straddles" | "gi-area" | "outside" | "unknown";

/**
 * Drôme (26) lies inside the AOP "Huile essentielle de lavande de Haute-Provence" and, with parts of
 * Gard (30), inside the IGP "Miel de Provence": such a product carrying a GI label is accepted with a
 * condition. Design choice: checked at department level (the GI commune lists are not in our data), so
 * the message asks the user to confirm.
 */
export function judgeOrigin(place: OriginPlace, categoryId: string | undefined, labels: readonly string[]): OriginVerdict {
  if (place.kind !== "outside") return place.kind;
  const departments = place.communes.map((commune) => commune.department);
  const hasGeographicalIndication = labels.some((label) => GEOGRAPHICAL_INDICATION_LABELS.has(label));
  if (hasGeographicalIndication && categoryId === "essential-oils" && departments.includes("26")) return "gi-area";
  if (hasGeographicalIndication && categoryId === "honey-jams" && departments.some((d) => d === "26" || d === "30")) return "gi-area";
  return "outside";
}
