// Review report (src/io/report.hpp): golden HTML and Markdown, self-containment, escaping of
// hostile text, print rules and the content a legal reviewer needs.
#include <catch_amalgamated.hpp>

#include <cctype>
#include <regex>
#include <string>

#include "core/model.hpp"
#include "io/register_json.hpp"
#include "io/report.hpp"
#include "rules/rules.hpp"

namespace iotest {
air::Register sampleRegister();
void checkGolden(const std::string& name, const std::string& actual);
std::string readFile(const std::string& path);
}  // namespace iotest

using namespace air;
using air::io::ReportOptions;
using air::io::reportHtml;
using air::io::reportMarkdown;

namespace {

ReportOptions opts(Lang lang) {
    ReportOptions o;
    o.lang = lang;
    o.date = "2026-11-25";
    o.recent_changes["credit-4"] = {
        {"2026-11-24T17:05:00+01:00", "E. Smit", "Next review set to 2026-11-01"},
        {"2026-11-20T10:00:00Z", "", "Annex III area set to creditworthiness"}};
    return o;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Every src/href/action attribute value and every CSS url(): none may point anywhere but
// "#...". `noUrlText`: the text itself holds no URL either (true unless user text has one).
void checkSelfContained(const std::string& html, bool noUrlText) {
    CHECK(html.find("<script") == std::string::npos);
    if (noUrlText) {
        CHECK(html.find("http://") == std::string::npos);
        CHECK(html.find("https://") == std::string::npos);
    }
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    const std::regex attr(R"re(\b(src|href|action|srcset|data|poster)\s*=\s*"([^"]*)")re", std::regex::icase);
    for (auto it = std::sregex_iterator(html.begin(), html.end(), attr); it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1], value = (*it)[2];
        CAPTURE(name, value);
        CHECK(name == "href");
        CHECK(value.rfind("#", 0) == 0);
        CHECK(value.find("//") == std::string::npos);
    }
}

Register hostileRegister() {
    const std::string evil = "<script>alert(\"x\")</script> & 'q' </style> &amp; https://evil.example/x.png";
    Register reg;
    reg.organisation = "Org </style><script>alert(1)</script> \"O'Brien\" & Co";
    Activity a;
    a.id = "id\"><script>";
    a.name = evil;
    a.purpose = evil + "\nsecond line";
    a.owner = "<b>bold</b>";
    a.notes = "| cell | break\n# heading\n[link](javascript:alert(1)) <img src=x onerror=alert(1)>";
    a.retention = "1. not a list";
    Processor p;
    p.name = "<img src=\"//evil.example/p.png\">";
    p.outside_eu = true;
    a.processors = {p};
    a.data_categories = {DataCategory::Health};
    reg.activities = {a};
    Workshop w;
    w.title = "<h1>ws</h1>";
    w.activity_ids = {a.id};
    w.notes = {{a.id, Principle::Privacy, "</li></ul><script>x</script>"}};
    w.actions = {{a.id, "'; DROP TABLE", "<i>me</i>", "2026-12-01", false}};
    reg.workshops = {w};
    return reg;
}

}  // namespace

TEST_CASE("report: golden HTML and Markdown in Dutch and English", "[io][report]") {
    const Register reg = iotest::sampleRegister();
    iotest::checkGolden("report_nl.html", reportHtml(reg, opts(Lang::Nl)));
    iotest::checkGolden("report_en.html", reportHtml(reg, opts(Lang::En)));
    iotest::checkGolden("report_nl.md", reportMarkdown(reg, opts(Lang::Nl)));
    iotest::checkGolden("report_en.md", reportMarkdown(reg, opts(Lang::En)));
}

TEST_CASE("report: the HTML is self-contained and has no script or external URL", "[io][report]") {
    for (Lang lang : {Lang::Nl, Lang::En}) {
        checkSelfContained(reportHtml(iotest::sampleRegister(), opts(lang)), true);
        checkSelfContained(reportHtml(hostileRegister(), opts(lang)), false);
        checkSelfContained(reportHtml(Register{}, opts(lang)), true);
    }
    const std::string html = reportHtml(iotest::sampleRegister(), opts(Lang::En));
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"") !=
          std::string::npos);
    CHECK(count(html, "<style>") == 1);
    CHECK(count(html, "</style>") == 1);
    CHECK(html.find("<html lang=\"nl\">") == std::string::npos);
    CHECK(reportHtml(iotest::sampleRegister(), opts(Lang::Nl)).find("<html lang=\"nl\">") != std::string::npos);
}

TEST_CASE("report: hostile text is escaped in HTML", "[io][report]") {
    const std::string html = reportHtml(hostileRegister(), opts(Lang::En));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(count(html, "</style>") == 1);
    CHECK(html.find("<b>bold") == std::string::npos);
    CHECK(html.find("<h1>ws") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;/style&gt; &amp;amp;") !=
          std::string::npos);
    CHECK(html.find("&lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("id&quot;&gt;&lt;script&gt;") != std::string::npos);
    CHECK(html.find("&#39;; DROP TABLE") != std::string::npos);
    CHECK(html.find("&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;x&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("second line") != std::string::npos);
    CHECK(html.find("x.png<br>second line") != std::string::npos);  // line breaks kept as <br>
    // The organisation also appears in the print header (a CSS string): hex-escaped there.
    CHECK(html.find("@top-left { content: \"Org \\3c \\2f style\\3e \\3c script\\3e alert\\28 1\\29 ") !=
          std::string::npos);
}

TEST_CASE("report: hostile text is escaped in Markdown", "[io][report]") {
    const std::string md = reportMarkdown(hostileRegister(), opts(Lang::En));
    CHECK(md.find("<script") == std::string::npos);
    CHECK(md.find("<img") == std::string::npos);
    CHECK(md.find("<b>") == std::string::npos);
    CHECK(md.find("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q' &lt;/style&gt; &amp;amp;") != std::string::npos);
    // Pipes cannot break table cells, line breaks cannot start blocks, links cannot form.
    CHECK(md.find("\\| cell \\| break<br># heading<br>\\[link\\](javascript:alert(1))") != std::string::npos);
    CHECK(md.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(md.find("**Retention:** 1. not a list") != std::string::npos);  // inline: no list
    CHECK(md.find("| &lt;img src=\"//evil.example/p.png\"&gt; |") != std::string::npos);
    CHECK(md.find("- Privacy and data minimisation: &lt;/li&gt;&lt;/ul&gt;&lt;script&gt;x&lt;/script&gt;") !=
          std::string::npos);
    // Every table row of the report has as many cells as its header.
    std::size_t lineStart = 0;
    int columns = -1;
    while (lineStart < md.size()) {
        const std::size_t end = md.find('\n', lineStart);
        const std::string line = md.substr(lineStart, end - lineStart);
        lineStart = end == std::string::npos ? md.size() : end + 1;
        if (line.empty() || line[0] != '|') {
            columns = -1;
            continue;
        }
        int bars = 0;
        for (std::size_t i = 0; i < line.size(); ++i)
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++bars;
        CAPTURE(line);
        if (columns < 0) columns = bars;
        CHECK(bars == columns);
    }
}

TEST_CASE("report: content a legal reviewer needs", "[io][report]") {
    const Register reg = iotest::sampleRegister();
    const std::string en = reportHtml(reg, opts(Lang::En));
    const std::string nl = reportHtml(reg, opts(Lang::Nl));
    // Header: title, organisation (escaped), date per language, rules version, disclaimer.
    CHECK(en.find("<h1>Legal review report</h1>") != std::string::npos);
    CHECK(nl.find("<h1>Rapport voor juridische beoordeling</h1>") != std::string::npos);
    CHECK(en.find("Voorbeeld &amp; Zonen B.V.") != std::string::npos);
    CHECK(en.find("<td>25 Nov 2026</td>") != std::string::npos);
    CHECK(nl.find("<td>25-11-2026</td>") != std::string::npos);
    CHECK(en.find("<td>" + std::string(rules::kRulesVersion) + "</td>") != std::string::npos);
    CHECK(en.find("it is not legal advice") != std::string::npos);
    CHECK(nl.find("geen juridisch advies") != std::string::npos);
    // Every tier with its colour class and its word, in the summary.
    for (Tier t : allOf<Tier>()) {
        const std::string cls = "class=\"badge tier-" + std::string(keyOf(t)) + "\">";
        CHECK(en.find(cls + std::string(labelOf(t, Lang::En)) + "</span>") != std::string::npos);
        CHECK(nl.find(cls + std::string(labelOf(t, Lang::Nl)) + "</span>") != std::string::npos);
    }
    CHECK(en.find(".tier-prohibited { background: #b42318") != std::string::npos);  // red
    CHECK(en.find(".tier-high { background: #c2410c") != std::string::npos);        // orange
    CHECK(en.find(".tier-limited { background: #1d4ed8") != std::string::npos);     // blue
    CHECK(en.find(".tier-minimal { background: #067647") != std::string::npos);     // green
    CHECK(en.find(".tier-unassessed { background: #5d6b7a") != std::string::npos);  // grey
    // Table of contents links to each activity section, one page each when printed.
    for (int i = 1; i <= 5; ++i) {
        const std::string anchor = "act-" + std::to_string(i);
        CHECK(count(en, "href=\"#" + anchor + "\"") == 1);
        CHECK(count(en, "<section class=\"activity\" id=\"" + anchor + "\">") == 1);
    }
    CHECK(en.find("@page { size: A4;") != std::string::npos);
    CHECK(en.find(".activity { break-before: page;") != std::string::npos);
    CHECK(en.find("tr { break-inside: avoid;") != std::string::npos);
    CHECK(en.find("counter(page)") != std::string::npos);
    // Per activity: tier reason, Art. 9 marking, processors, transfers, obligations with
    // dates, DPIA criteria, findings with article, review, workshop outcomes, recent changes.
    for (const Activity& a : reg.activities) {
        // The reason follows the tier badge, without repeating the tier word.
        const std::string reason = rules::tierReason(a, Lang::En);
        const std::size_t colon = reason.find(": ");
        REQUIRE(colon != std::string::npos);
        std::string rest = reason.substr(colon + 2);
        rest[0] = char(std::toupper(static_cast<unsigned char>(rest[0])));
        CHECK(en.find("</span> " + rest + "</p>") != std::string::npos);
    }
    CHECK(en.find("Health<span class=\"tag\">Art. 9</span>") != std::string::npos);
    CHECK(en.find("Criminal convictions<span class=\"tag\">Art. 10</span>") != std::string::npos);
    CHECK(en.find("ScoreCo Inc. (country not recorded): Standard contractual clauses; -Cheap Hosting (country not "
                  "recorded): no safeguard recorded") != std::string::npos);
    CHECK(en.find("<td>AIA-27</td>") == std::string::npos);  // ids sit in nowrap cells
    CHECK(en.find("<td class=\"nowrap\">AIA-27</td>") != std::string::npos);
    CHECK(en.find("<td class=\"nowrap\">2 Dec 2027</td>") != std::string::npos);
    CHECK(nl.find("<td class=\"nowrap\">02-12-2027</td>") != std::string::npos);
    // The DPIA screen as rules::dpiaReason words it, each basis with its plain text and source.
    CHECK(en.find("<tr><td class=\"nowrap\">WP248-C1</td><td>" + std::string(rules::dpiaCriterionText(1, Lang::En)) +
                  "</td><td>EDPB/WP248 criterion 1</td></tr>") != std::string::npos);
    CHECK(nl.find("<tr><td class=\"nowrap\">AP-15</td><td>AP-lijst: Profilering</td>") != std::string::npos);
    CHECK(nl.find("<tr><td class=\"nowrap\">GDPR-35-3-a</td><td>Stelselmatige en uitgebreide beoordeling met "
                  "geautomatiseerde besluiten</td><td>art. 35 lid 3 onder a AVG</td></tr>") != std::string::npos);
    CHECK(en.find("<span class=\"badge sev-blocker\">Blocker</span></td><td class=\"nowrap\">GDPR-28</td><td>"
                  "GDPR Art. 28</td>") != std::string::npos);
    CHECK(nl.find("<span class=\"badge dpia-required wrap\">DPIA verplicht (art. 35 lid 3 onder b AVG; AP-lijst: "
                  "Gezondheidsgegevens, Profilering, Observatie en beïnvloeding van gedrag)</span></p>") != std::string::npos);
    CHECK(en.find("<span class=\"badge dpia-required wrap\">DPIA mandatory (GDPR Art. 35(3)(a))</span>") != std::string::npos);
    CHECK(en.find("<span class=\"badge dpia-recommended wrap\">DPIA recommended (WP248: 1 criterion)</span>") !=
          std::string::npos);
    CHECK(en.find("<td><span class=\"alert\">1 Nov 2026 (due)</span></td>") != std::string::npos);
    CHECK(en.find("<h3>Workshop outcomes</h3>\n<h4>Ethics session Q4 &#183; 18 Nov 2026</h4>") != std::string::npos);
    CHECK(en.find("<tr><td>Fairness and bias</td><td class=\"n\">2</td><td class=\"n\">3</td><td class=\"n\">1</td>") !=
          std::string::npos);
    CHECK(en.find("<li>Fairness and bias: Check the score for gender bias | every quarter</li>") != std::string::npos);
    CHECK(count(en, "<h3>Recent changes</h3>") == 1);
    CHECK(en.find("<td class=\"nowrap\">24 Nov 2026 17:05 UTC+01:00</td><td>E. Smit</td>") != std::string::npos);
    // Without the hook there is no recent-changes part.
    ReportOptions plain;
    plain.lang = Lang::En;
    CHECK(reportHtml(reg, plain).find("Recent changes") == std::string::npos);
    // Without a date option the export date is used.
    CHECK(reportHtml(reg, plain).find("<td>25 Nov 2026</td>") != std::string::npos);
}

TEST_CASE("report: summary counts", "[io][report]") {
    Register reg = iotest::sampleRegister();
    int blockers = 0, mandatory = 0, ruleOfThumb = 0;
    for (const Activity& a : reg.activities) {
        const rules::Assessment as = rules::assess(a);
        blockers += as.blockers();
        if (as.dpia != DpiaVerdict::Required) continue;
        bool law = false;  // an Art. 35(3) case or a Dutch DPA list type, not only WP248
        for (const std::string& id : as.dpia_basis) law |= id.rfind("WP248-", 0) != 0;
        ++(law ? mandatory : ruleOfThumb);
    }
    REQUIRE(blockers > 0);
    const std::string md = reportMarkdown(reg, opts(Lang::En));
    CHECK(md.find("- **Activities:** 5\n") != std::string::npos);
    CHECK(md.find("- **Open blockers:** " + std::to_string(blockers) + "\n") != std::string::npos);
    CHECK(md.find("- **DPIA mandatory (GDPR Art. 35(3) or Dutch DPA list):** " + std::to_string(mandatory) + "\n") !=
          std::string::npos);
    CHECK(md.find("- **DPIA required (WP248 rule of thumb):** " + std::to_string(ruleOfThumb) + "\n") != std::string::npos);
    CHECK(md.find("- **Reviews due:** 1\n") != std::string::npos);  // credit-4, next review 1 Nov
    for (Tier t : allOf<Tier>()) CHECK(md.find(std::string(labelOf(t, Lang::En)) + " | 1 |") != std::string::npos);
    CHECK(md.find("| Approved | 2 |") != std::string::npos);
    CHECK(md.find("| Draft | 1 |") != std::string::npos);
}

TEST_CASE("report: an empty register still makes a complete report", "[io][report]") {
    ReportOptions o;
    o.lang = Lang::Nl;
    const std::string html = reportHtml(Register{}, o);
    CHECK(html.find("Het register bevat nog geen activiteiten.") != std::string::npos);
    CHECK(html.find("<section class=\"activity\"") == std::string::npos);
    CHECK(html.find("</html>\n") != std::string::npos);
    const std::string md = reportMarkdown(Register{}, o);
    CHECK(md.find("Het register bevat nog geen activiteiten.") != std::string::npos);
    CHECK(md.find("(niet ingevuld)") != std::string::npos);  // no organisation
}

TEST_CASE("report: the example register gives a complete, self-contained report", "[io][report]") {
    auto reg = io::parseRegister(iotest::readFile(std::string(AIR_SOURCE_DIR) + "/assets/example_register.json"));
    REQUIRE(reg.ok());
    for (Lang lang : {Lang::Nl, Lang::En}) {
        const std::string html = reportHtml(reg.value(), opts(lang));
        checkSelfContained(html, true);
        CHECK(count(html, "<section class=\"activity\"") == reg->activities.size());
        const std::string md = reportMarkdown(reg.value(), opts(lang));
        CHECK(count(md, "<a id=\"act-") == reg->activities.size());
    }
}

TEST_CASE("report: names the rule set, splits who owes what, lists register findings", "[io][report]") {
    // A deployer of a vendor's content generator (DOMAIN.md 3a): marking is the provider's duty.
    Register reg;
    Activity a;
    a.id = "copy-1";
    a.name = "Product texts";
    a.ai_act_role = AiActRole::Deployer;
    a.screening = Screening{};
    a.screening->generates_content = true;
    reg.activities = {a};
    const rules::Assessment as = rules::assess(a);
    REQUIRE(as.provider_duties == std::vector<std::string>{"AIA-50-2"});

    const std::string nl = reportHtml(reg, opts(Lang::Nl));
    const std::string en = reportHtml(reg, opts(Lang::En));
    const std::string md = reportMarkdown(reg, opts(Lang::Nl));
    const std::string key(rules::ruleSetKey(rules::kLatestRuleSet));
    // The rule set: header row, print footer and the closing line, in both formats.
    CHECK(nl.find("<th scope=\"row\">Regelset</th><td>" + key + "</td>") != std::string::npos);
    CHECK(nl.find("@bottom-left { content: \"Regelset " + key + "\"") != std::string::npos);
    CHECK(nl.find("<footer>Gemaakt met het register van AI-activiteiten, regelset " + key +
                  ". Geen juridisch advies.</footer>") != std::string::npos);
    CHECK(en.find("<footer>Made with the AI activity register, rule set " + key + ". Not legal advice.</footer>") !=
          std::string::npos);
    CHECK(md.find("- **Regelset:** " + key + "\n") != std::string::npos);
    CHECK(md.find("_Gemaakt met het register van AI-activiteiten, regelset " + key + ". Geen juridisch advies._\n") !=
          std::string::npos);

    // Two lists; AIA-50-2 under the provider's, with its date, and not under the reader's own.
    const std::size_t own = nl.find("<h4>Uw verplichtingen</h4>");
    const std::size_t provider = nl.find("<h4>Controleer dat uw aanbieder dit doet</h4>");
    const std::size_t dpia = nl.find("<h3>DPIA-toets (art. 35 AVG)</h3>");
    REQUIRE(own != std::string::npos);
    REQUIRE(provider != std::string::npos);
    REQUIRE(dpia != std::string::npos);
    CHECK(own < provider);
    const std::size_t line = nl.find("<td class=\"nowrap\">AIA-50-2</td>");
    CHECK(line > provider);
    CHECK(line < dpia);
    CHECK(nl.find("art. 50 lid 2 AI-verordening</td><td class=\"nowrap\">02-08-2026</td>", line) != std::string::npos);
    CHECK(en.find("<h4>Check that your provider does this</h4>") != std::string::npos);
    CHECK(md.find("#### Controleer dat uw aanbieder dit doet\n") != std::string::npos);
    CHECK(md.find("| AIA-50-2 | **Gegenereerde audio") != std::string::npos);

    // No controller recorded: GDPR-30 in the register part (before the first activity) ...
    const std::size_t regPart = nl.find("<h3>Het register als geheel</h3>");
    REQUIRE(regPart != std::string::npos);
    CHECK(regPart < nl.find("<section class=\"activity\""));
    CHECK(nl.find("<td class=\"nowrap\">GDPR-30</td>", regPart) < nl.find("<section class=\"activity\""));
    CHECK(md.find("| 🟡 Waarschuwing | GDPR-30 |") != std::string::npos);
    // ... and with one, the header names it and the finding is gone.
    reg.controller = Controller{"Voorbeeld B.V.", "Keizersgracht 1, Amsterdam", "privacy@voorbeeld.nl", {"A. de Vries", "fg@voorbeeld.nl"}};
    const std::string with = reportHtml(reg, opts(Lang::Nl));
    CHECK(with.find("GDPR-30") == std::string::npos);
    CHECK(with.find("Geen bevindingen over het register als geheel.") != std::string::npos);
    CHECK(with.find("<td>Voorbeeld B.V., Keizersgracht 1, Amsterdam, privacy@voorbeeld.nl</td>") != std::string::npos);
    CHECK(with.find("<td>A. de Vries, fg@voorbeeld.nl</td>") != std::string::npos);
}

// Issue #10: the record of processing is Art. 30(1)-complete. Recipients (d), the third country
// of each transfer (e) and the organisation's own security measures (g) are printed, and a
// missing one is marked as missing instead of being left out; vendors show their role and
// country; an activity without personal data says so instead of listing empty GDPR rows.
TEST_CASE("report: the record of processing has every Art. 30(1) field, missing ones marked", "[io][report]") {
    Register reg;
    reg.organisation = "Voorbeeld B.V.";
    Activity full;
    full.id = "a1";
    full.name = "Advertenties";
    full.legal_basis = LegalBasis::Consent;
    full.data_subjects = {DataSubject::Customers};
    full.data_categories = {DataCategory::Behavioural};
    full.recipients = "Ad platform (joint controller)";
    full.security_measures = "Role-based access with two-factor login";
    Processor ads;
    ads.name = "AdCo Inc.";
    ads.role = VendorRole::JointController;
    ads.country = "United States";
    ads.outside_eu = true;
    ads.transfer_safeguard = TransferSafeguard::Scc;
    ads.dpa_signed = true;
    Processor bureau;
    bureau.name = "Bureau B.V.";
    bureau.role = VendorRole::Controller;  // an independent controller needs no Art. 28 agreement
    bureau.country = "Nederland";
    full.processors = {ads, bureau};
    Activity empty;
    empty.id = "a2";
    empty.name = "Leeg";
    Processor nameless;
    nameless.name = "Vendor X";
    empty.processors = {nameless};
    Activity none;
    none.id = "a3";
    none.name = "Budget";
    none.personal_data = false;
    reg.activities = {full, empty, none};

    const std::string en = reportHtml(reg, opts(Lang::En));
    const std::string nl = reportHtml(reg, opts(Lang::Nl));
    const std::string mdNl = reportMarkdown(reg, opts(Lang::Nl));
    auto section = [](const std::string& html, int n) {
        const std::size_t from = html.find("id=\"act-" + std::to_string(n) + "\"");
        REQUIRE(from != std::string::npos);
        return html.substr(from, html.find("</section>", from) - from);
    };
    const std::string a1 = section(en, 1), a2 = section(en, 2), a3 = section(en, 3);
    // (d) recipients, (e) the third country with its safeguard, (g) own measures.
    CHECK(a1.find("<th scope=\"row\">Recipients (GDPR Art. 30(1)(d))</th><td>Ad platform (joint controller)</td>") !=
          std::string::npos);
    CHECK(a1.find("<td>AdCo Inc. (United States): Standard contractual clauses</td>") != std::string::npos);
    CHECK(a1.find("<th scope=\"row\">Security measures (GDPR Art. 30(1)(g) and 32)</th><td>Role-based access with "
                  "two-factor login</td>") != std::string::npos);
    CHECK(a1.find("certifications (an indication, not proof)") != std::string::npos);
    // Vendors with role and country; an independent controller without agreement is no alert.
    CHECK(a1.find("<td>AdCo Inc.</td><td>Joint controller</td><td>United States</td><td>Yes</td>") !=
          std::string::npos);
    CHECK(a1.find("<td>Bureau B.V.</td><td>Independent controller</td><td>Nederland</td><td>No</td>") !=
          std::string::npos);
    // Missing fields are marked, not left out.
    CHECK(a2.find("Recipients (GDPR Art. 30(1)(d))</th><td><span class=\"missing\">(not filled in)</span>") !=
          std::string::npos);
    CHECK(a2.find("Security measures (GDPR Art. 30(1)(g) and 32)</th><td><span class=\"missing\">") !=
          std::string::npos);
    CHECK(a2.find("<span class=\"alert\">Vendor X: country not recorded</span>") != std::string::npos);
    CHECK(a2.find("<td class=\"alert\">country not recorded</td><td class=\"alert\">No</td>") != std::string::npos);
    // No personal data: said once, no GDPR rows.
    CHECK(a3.find("This activity processes no personal data: the GDPR does not apply.") != std::string::npos);
    CHECK(a3.find("Legal basis") == std::string::npos);
    CHECK(a3.find("Recipients (GDPR") == std::string::npos);
    // Dutch, in both renderers: EER, not EU.
    CHECK(nl.find("Doorgifte buiten de EER (art. 30 lid 1 onder e AVG)") != std::string::npos);
    CHECK(nl.find("Ontvangers (art. 30 lid 1 onder d AVG)") != std::string::npos);
    CHECK(nl.find("Beveiligingsmaatregelen (art. 30 lid 1 onder g en art. 32 AVG)") != std::string::npos);
    CHECK(nl.find("Gezamenlijk verwerkingsverantwoordelijke") != std::string::npos);
    CHECK(nl.find("buiten de EU") == std::string::npos);
    CHECK(mdNl.find("- **Ontvangers (art. 30 lid 1 onder d AVG):** Ad platform (joint controller)") != std::string::npos);
    CHECK(mdNl.find("| AdCo Inc. | Gezamenlijk verwerkingsverantwoordelijke | United States | Ja |") != std::string::npos);
    CHECK(mdNl.find("- Deze activiteit verwerkt geen persoonsgegevens: de AVG is niet van toepassing.") !=
          std::string::npos);
}
