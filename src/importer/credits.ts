// The credits of the sources, as the dataset's list of source files gives them (data info shows
// them under the files). The importer and `data update` credit the same sources alike.
export const CREDITS = {
  gcat: "GCAT: Jonathan McDowell's General Catalog of Artificial Space Objects, planet4589.org (CC-BY)",
  ll2: "Launch Library 2: The Space Devs' open launch database, thespacedevs.com",
  tidy: "Stavnichuk & Corlett's astronaut database (Mendeley Data), as published by TidyTuesday 2020-07-14",
  wikidata: 'Wikidata (CC0) and Wikipedia infoboxes: crewed mission times and crew links',
};
