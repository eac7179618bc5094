// Workshop session report: every vote, note and action appears; hostile text is escaped; the
// HTML is self-contained (no script, no URL); Markdown cannot be broken by user text; slugs.
#include <catch_amalgamated.hpp>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "io/register_json.hpp"
#include "io/workshop_report.hpp"

using namespace air;
using namespace air::io;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

const char* kHostile = "<script>alert(\"x\")</script> & 'quoted' <img src=x onerror=alert(1)>";

// Two activities (one high risk), a workshop with votes, notes and actions, all full of
// hostile text, plus a vote/note/action for an activity id that is not in the register and
// a general action (no activity id).
Register hostileRegister(Workshop& w) {
    Register r;
    r.organisation = std::string("Org ") + kHostile;
    Activity a;
    a.id = "a1";
    a.name = std::string("Chatbot ") + kHostile;
    a.purpose = "Answer <b>questions</b> & \"more\"";
    Screening s;
    s.interacts_with_people = true;
    a.screening = s;
    r.activities.push_back(a);
    Activity b;
    b.id = "b2";
    b.name = "Kredietscore";
    Screening sb;
    sb.annex_iii = AnnexIII::Creditworthiness;
    b.screening = sb;
    r.activities.push_back(b);

    w.id = "w1";
    w.title = std::string("Sessie ") + kHostile;
    w.date = "2026-10-14";
    w.facilitator = std::string("Noor \"N\" & co <i>");
    w.activity_ids = {"a1", "b2"};
    w.votes = {{"a1", Principle::Transparency, 2, 0, 1},
               {"a1", Principle::Fairness, 0, 5, 0},
               {"b2", Principle::Privacy, 7, 3, 11},
               {"gone", Principle::Trust, 13, 0, 0}};
    w.notes = {{"a1", Principle::Transparency, std::string("Note one ") + kHostile},
               {"a1", Principle::Transparency, "Second note\nwith a line break"},
               {"b2", Principle::Autonomy, "# not a heading\n- not a list\n1. not ordered | pipe [link](x)"},
               {"gone", Principle::Trust, "Note about a deleted activity"}};
    w.actions = {{"a1", std::string("Action ") + kHostile, "Owner <o>", "2026-12-01", false},
                 {"b2", "Ask the vendor", "Sanne & Piet", "", true},
                 {"", "General follow-up", "Noor", "2027-01-15", false}};
    return r;
}

}  // namespace

TEST_CASE("HTML report is self-contained and escapes every piece of user text", "[io][workshop]") {
    Workshop w;
    Register r = hostileRegister(w);
    for (Lang lang : {Lang::Nl, Lang::En}) {
        const std::string h = workshopReportHtml(r, w, lang);
        INFO("lang " << (lang == Lang::Nl ? "nl" : "en"));
        CHECK(h.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(h.find("<script") == std::string::npos);
        CHECK(h.find("<img") == std::string::npos);
        CHECK(h.find("<b>") == std::string::npos);
        CHECK(h.find("<i>") == std::string::npos);
        CHECK(h.find("<o>") == std::string::npos);
        CHECK(h.find("http://") == std::string::npos);
        CHECK(h.find("https://") == std::string::npos);
        CHECK(h.find("url(") == std::string::npos);
        CHECK(h.find("@import") == std::string::npos);
        CHECK(h.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;") != std::string::npos);
        CHECK(h.find("Noor &quot;N&quot; &amp; co &lt;i&gt;") != std::string::npos);
        CHECK(h.find("Sanne &amp; Piet") != std::string::npos);
        CHECK(h.find("Content-Security-Policy") != std::string::npos);
        CHECK(h.find("@page") != std::string::npos);
        CHECK(h.find("A4") != std::string::npos);
        // Every user quote in text is escaped: no raw " outside markup attributes we wrote.
        CHECK(h.find("\"x\"") == std::string::npos);
        CHECK(h.find("</html>") != std::string::npos);
    }
}

TEST_CASE("HTML report contains every vote, note and action", "[io][workshop]") {
    Workshop w;
    Register r = hostileRegister(w);
    const std::string h = workshopReportHtml(r, w, Lang::En);
    // Header facts.
    CHECK(h.find("14 Oct 2026") != std::string::npos);
    CHECK(h.find("Facilitator") != std::string::npos);
    // Activities with their tier words.
    CHECK(h.find("Chatbot &lt;script&gt;") != std::string::npos);
    CHECK(h.find("Kredietscore") != std::string::npos);
    CHECK(h.find("Limited risk") != std::string::npos);
    CHECK(h.find("High risk") != std::string::npos);
    // Votes: each count appears in a cell, with the principle in words.
    for (const char* cell : {">2</td>", ">5</td>", ">7</td>", ">3</td>", ">11</td>", ">13</td>"}) {
        INFO(cell);
        CHECK(h.find(cell) != std::string::npos);
    }
    CHECK(h.find("Transparency and explainability") != std::string::npos);
    CHECK(h.find("Fairness and bias") != std::string::npos);
    CHECK(h.find("Privacy and data minimisation") != std::string::npos);
    CHECK(h.find("Trust and long-term effects") != std::string::npos);
    CHECK(h.find("Green") != std::string::npos);
    CHECK(h.find("Amber") != std::string::npos);
    CHECK(h.find("Red") != std::string::npos);
    // Notes (both transparency notes, the autonomy note, the note about a deleted activity).
    CHECK(h.find("Note one &lt;script&gt;") != std::string::npos);
    CHECK(h.find("Second note\nwith a line break") != std::string::npos);
    CHECK(h.find("# not a heading") != std::string::npos);
    CHECK(h.find("Note about a deleted activity") != std::string::npos);
    CHECK(h.find("Activity no longer in the register (gone)") != std::string::npos);
    // Actions with owner, due date and status.
    CHECK(h.find("Action &lt;script&gt;") != std::string::npos);
    CHECK(h.find("Owner &lt;o&gt;") != std::string::npos);
    CHECK(h.find("1 Dec 2026") != std::string::npos);
    CHECK(h.find("Ask the vendor") != std::string::npos);
    CHECK(h.find("General follow-up") != std::string::npos);
    CHECK(h.find("15 Jan 2027") != std::string::npos);
    CHECK(count(h, "class=\"done\"") == 1);
    CHECK(count(h, "class=\"open\"") == 2);
    // Sections: a1, b2, the unknown id, the general one.
    CHECK(count(h, "<section class=\"activity\">") == 4);
}

TEST_CASE("duplicate vote entries are summed per activity and principle", "[io][workshop]") {
    Register r;
    Activity a;
    a.id = "a";
    a.name = "A";
    r.activities.push_back(a);
    Workshop w;
    w.title = "T";
    w.activity_ids = {"a"};
    w.votes = {{"a", Principle::Honesty, 1, 2, 3}, {"a", Principle::Honesty, 10, 20, 30}};
    const std::string h = workshopReportHtml(r, w, Lang::En);
    CHECK(h.find(">11</td>") != std::string::npos);
    CHECK(h.find(">22</td>") != std::string::npos);
    CHECK(h.find(">33</td>") != std::string::npos);
    const std::string m = workshopReportMarkdown(r, w, Lang::En);
    CHECK(m.find("| 11 | 22 | 33 |") != std::string::npos);
}

TEST_CASE("Dutch report uses Dutch words and dates", "[io][workshop]") {
    Workshop w;
    Register r = hostileRegister(w);
    const std::string h = workshopReportHtml(r, w, Lang::Nl);
    CHECK(h.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(h.find("14-10-2026") != std::string::npos);
    CHECK(h.find("Gespreksleider") != std::string::npos);
    CHECK(h.find("Groen") != std::string::npos);
    CHECK(h.find("Oranje") != std::string::npos);
    CHECK(h.find("Rood") != std::string::npos);
    CHECK(h.find("Afgesproken acties") != std::string::npos);
    CHECK(h.find("Hoog risico") != std::string::npos);
    CHECK(h.find("Transparantie en uitlegbaarheid") != std::string::npos);
    CHECK(h.find("geen juridisch advies") != std::string::npos);
    const std::string m = workshopReportMarkdown(r, w, Lang::Nl);
    CHECK(m.find("01-12-2026") != std::string::npos);
    CHECK(m.find("Stemmen per principe") != std::string::npos);
}

TEST_CASE("Markdown report contains everything and user text cannot add markup", "[io][workshop]") {
    Workshop w;
    Register r = hostileRegister(w);
    const std::string m = workshopReportMarkdown(r, w, Lang::En);
    CHECK(m.rfind("# Sessie ", 0) == 0);
    // Every "<" of user text is backslash-escaped; the only raw tags are the report's own <br>.
    CHECK(!std::regex_search(m, std::regex(R"([^\\]<(?!br>))")));
    CHECK(m.find("http://") == std::string::npos);
    CHECK(m.find("https://") == std::string::npos);
    CHECK(m.find("\\<script\\>") != std::string::npos);
    CHECK(m.find("\\& ") != std::string::npos);
    // Votes table rows.
    CHECK(m.find("| Transparency and explainability | 2 | 0 | 1 |") != std::string::npos);
    CHECK(m.find("| Fairness and bias | 0 | 5 | 0 |") != std::string::npos);
    CHECK(m.find("| Privacy and data minimisation | 7 | 3 | 11 |") != std::string::npos);
    CHECK(m.find("| Trust and long-term effects | 13 | 0 | 0 |") != std::string::npos);
    // Notes: hostile line starts are neutralised, pipes and links escaped.
    CHECK(m.find("> \\# not a heading") != std::string::npos);
    CHECK(m.find("> \\- not a list") != std::string::npos);
    CHECK(m.find("> 1\\. not ordered \\| pipe \\[link\\]\\(x\\)") != std::string::npos);
    CHECK(m.find("Note about a deleted activity") != std::string::npos);
    // Actions: each row has owner, due and status; no raw pipe from user text.
    CHECK(m.find("| Ask the vendor | Sanne \\& Piet |  | ✓ Done |") != std::string::npos);
    CHECK(m.find("| General follow-up | Noor | 15 Jan 2027 | Open |") != std::string::npos);
    CHECK(m.find("Owner \\<o\\>") != std::string::npos);
    // No line of the document starts with user text that could become a heading or list
    // apart from the ones the report writes itself.
    std::istringstream in(m);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("#", 0) == 0) CHECK(std::regex_search(line, std::regex("^#{1,3} ")));
    }
}

TEST_CASE("the example register's workshop reports every vote, note and action", "[io][workshop]") {
    auto r = parseRegister(readFile(AIR_SOURCE_DIR "/assets/example_register.json"));
    REQUIRE(r.ok());
    REQUIRE(!r.value().workshops.empty());
    const Workshop& w = r.value().workshops.front();
    const std::string h = workshopReportHtml(r.value(), w, Lang::Nl);
    const std::string m = workshopReportMarkdown(r.value(), w, Lang::Nl);
    for (const auto& id : w.activity_ids) {
        const Activity* a = nullptr;
        for (const auto& x : r.value().activities)
            if (x.id == id) a = &x;
        REQUIRE(a != nullptr);
        CHECK(m.find(a->name.substr(0, 10)) != std::string::npos);
    }
    std::size_t rows = 0;
    for (const Vote& v : w.votes) {
        const std::string row = "| " + std::string(labelOf(v.principle, Lang::Nl)) + " | " + std::to_string(v.green) +
                                " | " + std::to_string(v.amber) + " | " + std::to_string(v.red) + " |";
        INFO(row);
        CHECK(m.find(row) != std::string::npos);
        ++rows;
    }
    CHECK(rows == w.votes.size());
    for (const WorkshopNote& n : w.notes) CHECK(h.find(n.text.substr(0, 12)) != std::string::npos);
    for (const WorkshopAction& a : w.actions) {
        CHECK(h.find(a.text.substr(0, 12)) != std::string::npos);
        CHECK(h.find(a.owner) != std::string::npos);
    }
    CHECK(h.find("<script") == std::string::npos);
    CHECK(h.find("http:") == std::string::npos);
    CHECK(h.find("https:") == std::string::npos);
}

TEST_CASE("report file names carry the title slug and the date", "[io][workshop]") {
    CHECK(workshopSlug("Ethiekworkshop AI in marketing – najaar 2026") == "ethiekworkshop-ai-in-marketing-najaar-2026");
    CHECK(workshopSlug("Café & crème brûlée: «Ça va?»") == "cafe-creme-brulee-ca-va");
    CHECK(workshopSlug("Straße") == "strasse");
    CHECK(workshopSlug("<<<>>>") == "workshop");
    CHECK(workshopSlug("") == "workshop");
    CHECK(workshopSlug(std::string(200, 'x')).size() == 60);
    CHECK(workshopSlug("../../etc/passwd") == "etc-passwd");
    Workshop w;
    w.title = "Ethiek sessie";
    w.date = "2026-10-14";
    CHECK(workshopReportFileName(w, "html") == "workshop-ethiek-sessie-2026-10-14.html");
    w.title = "Workshop Q4";
    w.date = "not a date";
    CHECK(workshopReportFileName(w, "md") == "workshop-q4.md");
}
