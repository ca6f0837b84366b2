package io.verbatim.server.web;

/**
 * The {@code /help} page: what a query means, so that a count or a quote can be cited. It states
 * the search semantics of {@link io.verbatim.query.QueryNode} and {@link
 * io.verbatim.query.QueryParser} in users' words, with examples; the README says the same.
 */
final class HelpPage {
  private HelpPage() {}

  /** An example query and what it finds. */
  private record Example(String query, String finds) {}

  static Html render() {
    Html h = new Html();
    h.element("h1", "How searching works");
    h.element(
        "p",
        "Verbatim counts statements, and every statement once. These rules decide what a query"
            + " matches; the command line, the JSON API and this site follow the same ones.",
        "class",
        "lead");

    section(
        h,
        "Words and exact phrases",
        "An unquoted word finds every inflection of it: English words by their stem, Russian words"
            + " by their dictionary form. Quotes ask for the exact word forms, in that order, with"
            + " every word counted: nothing is dropped, not even the, of or в.",
        new Example("sanctions", "sanctions, sanction, sanctioned, sanctioning"),
        new Example("\"sanctions\"", "only the word form sanctions"),
        new Example("\"political will\"", "the two words side by side, in this order"),
        new Example("\"there is no\"", "all three words; short words count like any other"),
        new Example("санкция", "санкции, санкций, санкциям … every case and number"),
        new Example("\"санкции\"", "only the form санкции, not санкций"),
        new Example("lemma:\"ввести санкции\"", "the phrase with each word in any inflection"),
        new Example("\"freedom navigation\"~3", "the words within three moves of each other"));

    section(
        h,
        "What counts as a word",
        "A word is a run of letters and digits; anything else only separates words. Case does not"
            + " matter, ё is е, and the apostrophes ’ and ' or the hyphen and the dashes make no"
            + " difference, so a phrase may run across punctuation.",
        new Example("\"rules-based order\"", "rules-based order, rules based order, rules–based"),
        new Example("\"Russia's\"", "Russia's and Russia’s"),
        new Example("\"ещё\"", "ещё and еще"));

    section(
        h,
        "Combining clauses",
        "Clauses side by side must all hold. OR joins alternatives and binds tighter than the"
            + " side-by-side AND; NOT, or a minus sign before a clause, excludes it; parentheses"
            + " group. Only the upper-case words AND, OR and NOT are operators.",
        new Example("Syria sanctions", "statements with both words"),
        new Example("\"Syria\" OR \"Libya\"", "statements with either"),
        new Example("Syria sanctions OR embargo", "Syria, and sanctions or embargo"),
        new Example("(Syria sanctions) OR embargo", "both, or embargo alone"),
        new Example("sanctions -Syria", "sanctions, but not in statements naming Syria"));

    section(
        h,
        "Patterns",
        "Wildcards, fuzzy terms, regular expressions and ranges compare word forms as written"
            + " (in lower case), never stems.",
        new Example("sanction*", "sanction, sanctions, sanctioned …"),
        new Example("wom?n", "woman, women"),
        new Example("disarmament~1", "disarmament and forms one letter away"),
        new Example("/derog.*/", "words matching the regular expression"));

    section(
        h,
        "Fields",
        "A field name and a colon look at one part of a statement: title:, body:, speaker:, role:,"
            + " place:, genre:, language:, id:, number: (document number) and mention: (an entity"
            + " id). Titles the source does not state (Verbatim builds one for UN speeches) are"
            + " shown but not searched: a search finds the statement's own words.",
        new Example("title:\"press conference\"", "the phrase in the title"),
        new Example("speaker:Lavrov", "statements whose speaker's name has this word"),
        new Example("mention:SYR AND mention:\"org:un\"", "statements naming Syria and the UN"));

    section(
        h,
        "Filters",
        "The advanced settings narrow a search. Several values of one filter widen it (two genres:"
            + " either genre), except mentioned entities: several of them must all be mentioned,"
            + " unless you switch the chips to any of them. Different filters must all hold.",
        new Example("genre=speech&genre=interview", "speeches and interviews"),
        new Example("mention=SYR&mention=org:un", "statements naming both Syria and the UN"),
        new Example(
            "mention=SYR&mention=LBY&mention-match=any", "statements naming Syria or Libya"));

    section(
        h,
        "Dates and their precision",
        "A date is as precise as its source: a year (2019; UN General Debate speeches), a month"
            + " (2019-09), a day (2019-09-24), or a day with a time. A date range holds a"
            + " statement only when the whole period of its date lies inside: one dated 2019 is"
            + " in 2019-01-01 to 2019-12-31, but a range that cuts 2019 leaves it out and says how"
            + " many were left out so (partial). Undated statements are those with no date at"
            + " all; a date range never holds them, and the undated setting includes them"
            + " (default), leaves them out or shows only them. A timeline by month shows"
            + " statements dated only by their year as a bar of their own, labelled year only,"
            + " before that year's months: never spread, never dropped.",
        new Example("from=2019-01-01&to=2019-12-31", "statements of 2019, year-only ones too"),
        new Example("from=2019-09-01&to=2019-09-30", "September 2019; 2019-only ones are partial"),
        new Example("undated=only", "the statements with no date at all"));

    section(
        h,
        "One statement, one count",
        "A page captured again, or its print version (same site id, same document number, same"
            + " address), is a new version of one statement, not a second statement. Searches,"
            + " facets, timelines, concordances and analyses count each statement once, in its"
            + " latest ingested version; every version stays stored verbatim and all versions"
            + " shows them all (then a statement stored twice counts twice). A page with a title"
            + " and a date but no text (a photo report) is kept and listed; it has no words to"
            + " match.",
        new Example("all-versions=true", "every stored version, each counted"));

    section(
        h,
        "Statistics",
        "Keyness, collocations and co-mentions count every word of the selection, in every"
            + " inflection (by stem), and show each term as it is most often written. Function"
            + " words (the, of, в, и …) count in the totals but are left out of the lists."
            + " Keyness compares the selection with a reference you choose (by default the rest"
            + " of the archive); collocates are counted apart to the left and to the right of"
            + " the word within the stated window; co-mentions count statements over the whole"
            + " selection: with one entity, with the other, with both. Each page states its raw"
            + " counts and how each score is computed from them.",
        new Example("lemma:\"political will\"~4", "the concordance a collocation links to"));
    return h;
  }

  private static void section(Html h, String heading, String explanation, Example... examples) {
    h.open("section", "class", "help");
    h.element("h2", heading);
    h.element("p", explanation);
    h.open("table", "class", "examples");
    h.open("thead");
    h.open("tr");
    h.element("th", "Query", "scope", "col");
    h.element("th", "Finds", "scope", "col");
    h.close();
    h.close();
    h.open("tbody");
    for (Example e : examples) {
      h.open("tr");
      h.open("td");
      h.element("code", e.query());
      h.close();
      h.element("td", e.finds());
      h.close();
    }
    h.close();
    h.close();
    h.close();
  }
}
