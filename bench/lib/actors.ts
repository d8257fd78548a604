// Actors of the synthetic dataset. The seed brings the eleven actors of the Sino-Soviet paper;
// imports cannot add actors (the maintainers do), so the bench, acting as maintainer, adds these
// donors and recipients before it imports. Native names carry non-ASCII text on purpose.

export interface BenchActor {
  code: string;
  name: string;
  nativeName: string | null;
  kind: "state" | "organisation" | "region";
}

export const BENCH_ACTORS: readonly BenchActor[] = [
  { code: "DEU", name: "Germany", nativeName: "Bundesrepublik Deutschland", kind: "state" },
  { code: "FRA", name: "France", nativeName: "République française", kind: "state" },
  { code: "KOR", name: "South Korea", nativeName: "대한민국", kind: "state" },
  { code: "PRK", name: "North Korea", nativeName: "조선민주주의인민공화국", kind: "state" },
  { code: "VNM", name: "Vietnam", nativeName: "Việt Nam", kind: "state" },
  { code: "GEO", name: "Georgia", nativeName: "საქართველო", kind: "state" },
  { code: "ARM", name: "Armenia", nativeName: "Հայաստան", kind: "state" },
  { code: "UKR", name: "Ukraine", nativeName: "Україна", kind: "state" },
  { code: "KAZ", name: "Kazakhstan", nativeName: "Қазақстан", kind: "state" },
  { code: "UZB", name: "Uzbekistan", nativeName: "Oʻzbekiston", kind: "state" },
  { code: "PAK", name: "Pakistan", nativeName: "پاکستان", kind: "state" },
  { code: "BGD", name: "Bangladesh", nativeName: "বাংলাদেশ", kind: "state" },
  { code: "LKA", name: "Sri Lanka", nativeName: "ශ්‍රී ලංකාව", kind: "state" },
  { code: "NPL", name: "Nepal", nativeName: "नेपाल", kind: "state" },
  { code: "MMR", name: "Myanmar", nativeName: "မြန်မာ", kind: "state" },
  { code: "THA", name: "Thailand", nativeName: "ประเทศไทย", kind: "state" },
  { code: "KHM", name: "Cambodia", nativeName: "កម្ពុជា", kind: "state" },
  { code: "LAO", name: "Laos", nativeName: "ລາວ", kind: "state" },
  { code: "IDN", name: "Indonesia", nativeName: "Indonesia", kind: "state" },
  { code: "EGY", name: "Egypt", nativeName: "مصر", kind: "state" },
  { code: "ETH", name: "Ethiopia", nativeName: "ኢትዮጵያ", kind: "state" },
  { code: "KEN", name: "Kenya", nativeName: "Kenya", kind: "state" },
  { code: "TZA", name: "Tanzania", nativeName: "Tanzania", kind: "state" },
  { code: "ZMB", name: "Zambia", nativeName: "Zambia", kind: "state" },
  { code: "AGO", name: "Angola", nativeName: "Angola", kind: "state" },
  { code: "NGA", name: "Nigeria", nativeName: "Nigeria", kind: "state" },
  { code: "GHA", name: "Ghana", nativeName: "Ghana", kind: "state" },
  { code: "SEN", name: "Senegal", nativeName: "Sénégal", kind: "state" },
  { code: "DZA", name: "Algeria", nativeName: "الجزائر", kind: "state" },
  { code: "CUB", name: "Cuba", nativeName: "Cuba", kind: "state" },
  { code: "BRA", name: "Brazil", nativeName: "Brasil", kind: "state" },
  { code: "ARG", name: "Argentina", nativeName: "Argentina", kind: "state" },
  { code: "VEN", name: "Venezuela", nativeName: "Venezuela", kind: "state" },
  { code: "ECU", name: "Ecuador", nativeName: "Ecuador", kind: "state" },
  { code: "PER", name: "Peru", nativeName: "Perú", kind: "state" },
  { code: "POL", name: "Poland", nativeName: "Polska", kind: "state" },
  { code: "CSK", name: "Czechoslovakia", nativeName: "Československo", kind: "state" },
  { code: "HUN", name: "Hungary", nativeName: "Magyarország", kind: "state" },
  { code: "ROU", name: "Romania", nativeName: "România", kind: "state" },
  { code: "BGR", name: "Bulgaria", nativeName: "България", kind: "state" },
  { code: "ALB", name: "Albania", nativeName: "Shqipëria", kind: "state" },
  { code: "YUG", name: "Yugoslavia", nativeName: "Југославија", kind: "state" },
  { code: "WB", name: "World Bank", nativeName: null, kind: "organisation" },
  { code: "IMF", name: "International Monetary Fund", nativeName: null, kind: "organisation" },
  { code: "CMEA", name: "Council for Mutual Economic Assistance", nativeName: "Совет экономической взаимопомощи", kind: "organisation" },
];

/** Donors first: the Zipf picker makes the first codes the most frequent. */
export const DONOR_CODES = ["PRC", "USSR", "USA", "JPN", "DEU", "FRA", "GBR", "WB", "IMF", "CMEA", "KOR", "IND", "CSK", "POL", "HUN"] as const;

export const RECIPIENT_CODES = [
  "PAK", "ETH", "KEN", "AGO", "VNM", "PRK", "MNG", "EGY", "IDN", "LKA", "BGD", "NPL", "MMR", "KHM", "LAO", "THA", "TZA", "ZMB",
  "NGA", "GHA", "SEN", "DZA", "CUB", "BRA", "ARG", "VEN", "ECU", "PER", "ALB", "YUG", "ROU", "BGR", "GEO", "ARM", "UKR", "KAZ",
  "UZB", "PRC", "USSR", "ROC", "IND", "MAN",
] as const;
