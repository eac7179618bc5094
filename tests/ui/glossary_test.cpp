// The glossary test (issue #10, docs/GLOSSARY.md): no Dutch text of the product uses a term
// the glossary rejects. The rejected terms are read from the glossary itself (the first column
// of its "Rejected in Dutch texts" table), so the document and the test cannot drift apart.
// Dutch texts scanned: the UI string table, the current rule set's texts, the provider checks,
// the DPIA criteria, the wizard, the catalogue, the principle cards, every enum label, and the
// Dutch legal-review report, workshop report and CSV of the example register.
#include <catch_amalgamated.hpp>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/example_register.hpp"
#include "core/catalogue.hpp"
#include "core/model.hpp"
#include "core/principles.hpp"
#include "io/csv.hpp"
#include "io/report.hpp"
#include "io/workshop_report.hpp"
#include "rules/rules.hpp"
#include "rules/wizard.hpp"
#include "ui/i18n.hpp"

using namespace air;

namespace {

std::vector<std::string> rejectedTerms() {
    std::ifstream f(AIR_SOURCE_DIR "/docs/GLOSSARY.md");
    std::stringstream ss;
    ss << f.rdbuf();
    const std::string doc = ss.str();
    const std::size_t from = doc.find("## Rejected in Dutch texts");
    REQUIRE(from != std::string::npos);
    std::vector<std::string> terms;
    std::istringstream lines(doc.substr(from));
    for (std::string line; std::getline(lines, line);) {
        // "| `term` | use instead |"
        if (line.rfind("| `", 0) != 0) continue;
        const std::size_t end = line.find('`', 3);
        if (end != std::string::npos) terms.push_back(line.substr(3, end - 3));
    }
    return terms;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool wordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); }

// `term` in `text` as a whole word or phrase, any case.
bool containsWord(const std::string& textLower, const std::string& termLower) {
    for (std::size_t at = textLower.find(termLower); at != std::string::npos;
         at = textLower.find(termLower, at + 1)) {
        const bool startOk = at == 0 || !wordChar(textLower[at - 1]);
        const std::size_t end = at + termLower.size();
        const bool endOk = end >= textLower.size() || !wordChar(textLower[end]);
        if (startOk && endOk) return true;
    }
    return false;
}

struct Text {
    std::string where, text;
};

template <class E>
void addEnum(std::vector<Text>& out, const char* name) {
    for (E e : allOf<E>()) out.push_back({std::string("enum ") + name + " " + std::string(keyOf(e)),
                                          std::string(labelOf(e, Lang::Nl))});
}

std::vector<Text> dutchTexts() {
    std::vector<Text> out;
    for (std::size_t i = 0; i < ui::stringCount(); ++i)
        out.push_back({std::string("ui string ") + ui::stringAt(i).key, ui::stringAt(i).nl});
    for (const rules::RuleInfo& r : rules::allRules(rules::kLatestRuleSet)) {
        const std::string id(r.id);
        out.push_back({"rule " + id + " title", r.title(Lang::Nl)});
        out.push_back({"rule " + id + " fix", r.fix(Lang::Nl)});
        out.push_back({"rule " + id + " article", std::string(r.articleText(Lang::Nl))});
        out.push_back({"rule " + id + " change", std::string(r.change(Lang::Nl))});
        out.push_back({"rule " + id + " provider check", std::string(rules::providerCheck(id, Lang::Nl))});
    }
    for (int c = 1; c <= 9; ++c)
        out.push_back({"DPIA criterion " + std::to_string(c), std::string(rules::dpiaCriterionText(c, Lang::Nl))});
    for (const rules::ActDate& d : rules::actDates(rules::kLatestRuleSet))
        out.push_back({"AI Act date " + std::string(d.date), std::string(d.what(Lang::Nl))});
    for (const rules::WizardQuestion& q : rules::wizardQuestions()) {
        const std::string k(q.key);
        out.push_back({"wizard " + k + " text", std::string(q.text(Lang::Nl))});
        out.push_back({"wizard " + k + " why", std::string(q.why(Lang::Nl))});
        out.push_back({"wizard " + k + " example", std::string(q.example(Lang::Nl))});
        out.push_back({"wizard " + k + " article", std::string(q.articleText(Lang::Nl))});
    }
    for (const CatalogueEntry& e : catalogue()) {
        const std::string k(e.key);
        out.push_back({"catalogue " + k + " name", std::string(e.name(Lang::Nl))});
        out.push_back({"catalogue " + k + " description", std::string(e.description(Lang::Nl))});
        out.push_back({"catalogue " + k + " hints", std::string(e.hints(Lang::Nl))});
    }
    for (const PrincipleCard& p : principleDeck()) {
        const std::string k(keyOf(p.principle));
        out.push_back({"principle " + k + " summary", std::string(p.summary(Lang::Nl))});
        for (std::size_t i = 0; i < p.questions.size(); ++i)
            out.push_back({"principle " + k + " question " + std::to_string(i), std::string(p.question(i, Lang::Nl))});
    }
    for (const ScreeningFlag& f : kScreeningFlags) out.push_back({"screening " + std::string(f.key), std::string(f.nl)});
    addEnum<Lifecycle>(out, "Lifecycle");
    addEnum<AiActRole>(out, "AiActRole");
    addEnum<DataSubject>(out, "DataSubject");
    addEnum<DataCategory>(out, "DataCategory");
    addEnum<LegalBasis>(out, "LegalBasis");
    addEnum<Art9Condition>(out, "Art9Condition");
    addEnum<TransferSafeguard>(out, "TransferSafeguard");
    addEnum<TrainingReuse>(out, "TrainingReuse");
    addEnum<VendorRole>(out, "VendorRole");
    addEnum<Certification>(out, "Certification");
    addEnum<DpiaStatus>(out, "DpiaStatus");
    addEnum<ReviewStatus>(out, "ReviewStatus");
    addEnum<AnnexIII>(out, "AnnexIII");
    addEnum<Tier>(out, "Tier");
    addEnum<Severity>(out, "Severity");
    addEnum<DpiaVerdict>(out, "DpiaVerdict");
    addEnum<Principle>(out, "Principle");

    // What a Dutch reader gets of the example register: the reports and the spreadsheet.
    auto reg = app::exampleRegister();
    REQUIRE(reg.ok());
    io::ReportOptions opt;
    opt.lang = Lang::Nl;
    opt.date = "2026-12-04";
    out.push_back({"legal-review report (HTML) of the example register", io::reportHtml(reg.value(), opt)});
    out.push_back({"legal-review report (Markdown) of the example register", io::reportMarkdown(reg.value(), opt)});
    for (const Workshop& w : reg.value().workshops)
        out.push_back({"workshop report of " + w.title, io::workshopReportHtml(reg.value(), w, Lang::Nl)});
    out.push_back({"CSV of the example register", io::toCsv(reg.value(), io::csvDefaults(Lang::Nl))});
    return out;
}

// The lines of `text` around each use of `term`, to say where.
std::string context(const std::string& text, const std::string& term) {
    const std::string low = lower(text);
    const std::size_t at = low.find(lower(term));
    if (at == std::string::npos) return {};
    const std::size_t from = at > 60 ? at - 60 : 0;
    return "..." + text.substr(from, 140) + "...";
}

}  // namespace

TEST_CASE("glossary: no Dutch text uses a rejected term", "[ui][i18n][glossary]") {
    const std::vector<std::string> terms = rejectedTerms();
    REQUIRE(terms.size() >= 10);
    const std::vector<Text> texts = dutchTexts();
    REQUIRE(texts.size() > 1000);
    int hits = 0;
    for (const Text& t : texts) {
        const std::string low = lower(t.text);
        for (const std::string& term : terms) {
            if (!containsWord(low, lower(term))) continue;
            ++hits;
            UNSCOPED_INFO(t.where << " uses \"" << term << "\": " << context(t.text, term));
        }
    }
    CHECK(hits == 0);
}

TEST_CASE("glossary: the scan finds a rejected term where it is, and only as a whole word", "[ui][i18n][glossary]") {
    CHECK(containsWord(lower("Heeft je leverancier dit?"), "je"));
    CHECK(containsWord(lower("Je leverancier"), "je"));
    CHECK(containsWord(lower("volgens de AI Act."), lower("AI Act")));
    CHECK_FALSE(containsWord(lower("de AI-verordening"), lower("AI Act")));
    CHECK_FALSE(containsWord(lower("jeugd en bijeenkomst"), "je"));
    CHECK_FALSE(containsWord(lower("rejected"), "je"));
    CHECK_FALSE(containsWord(lower("AVG-regels en vooraf"), "vooringenomenheid"));
    CHECK(containsWord(lower("Doorgifte buiten de EU."), lower("buiten de EU")));
    CHECK_FALSE(containsWord(lower("buiten de EUR-zone"), lower("buiten de EU")));
}
