// CSV export/import (src/io/csv.hpp): golden files, round trips, formula neutralisation,
// Excel habits (BOM, separators, Dutch words, dates, blank rows) and malformed input.
#include <catch_amalgamated.hpp>

#include <string>

#include "core/model.hpp"
#include "io/csv.hpp"
#include "io/register_json.hpp"

namespace iotest {
air::Register sampleRegister();
void checkGolden(const std::string& name, const std::string& actual);
std::string readFile(const std::string& path);
}  // namespace iotest

using namespace air;
using air::io::CsvOptions;

namespace {
// io::fromCsv plus the round-trip invariant (issue #11) for every CSV these tests import:
// the JSON export of what was accepted reads back (parseRegister) as an equal register.
Result<Register> importCsv(std::string_view text, const CsvOptions& opt) {
    Result<Register> r = io::fromCsv(text, opt);
    if (r.ok()) {
        const std::string json = io::writeRegister(r.value());
        auto back = io::parseRegister(json);
        INFO("JSON export of an accepted CSV:\n" << json);
        REQUIRE(back.ok());
        CHECK(back.value() == r.value());
    }
    return r;
}
}  // namespace
using air::io::toCsv;

namespace {

// What the CSV holds of a register: the activities without their unknown keys.
Register csvPart(Register reg) {
    Register out;
    out.activities = std::move(reg.activities);
    for (Activity& a : out.activities) {
        a.extra.clear();
        for (Processor& p : a.processors) p.extra.clear();
    }
    return out;
}

CsvOptions opts(char sep, Lang lang, bool bom = true) {
    CsvOptions o;
    o.separator = sep;
    o.lang = lang;
    o.bom = bom;
    return o;
}

// The error text of a CSV that must not import.
std::string importError(const std::string& text, Lang lang = Lang::En) {
    auto r = importCsv(text, opts(',', lang));
    REQUIRE_FALSE(r.ok());
    return r.error().text(lang);  // worded in the user's language, as the page and CLI do
}

// A minimal English CSV with the given extra header cells and one data row.
std::string oneRow(const std::string& header, const std::string& row) {
    return "id,name" + header + "\r\nA1,Alpha" + row + "\r\n";
}

}  // namespace

TEST_CASE("csv: golden files in both languages and separators", "[io][csv]") {
    const Register reg = iotest::sampleRegister();
    iotest::checkGolden("register_nl.csv", toCsv(reg, io::csvDefaults(Lang::Nl)));
    iotest::checkGolden("register_en.csv", toCsv(reg, io::csvDefaults(Lang::En)));
}

TEST_CASE("csv: defaults per language", "[io][csv]") {
    CHECK(io::csvDefaults(Lang::Nl).separator == ';');
    CHECK(io::csvDefaults(Lang::En).separator == ',');
    CHECK(io::csvDefaults(Lang::En).bom);
    const CsvOptions plain;
    CHECK(plain.separator == ';');
    CHECK(plain.lang == Lang::Nl);
    CHECK(plain.bom);
}

TEST_CASE("csv: Register -> CSV -> Register keeps every field the CSV holds", "[io][csv]") {
    const Register reg = iotest::sampleRegister();
    const Register expected = csvPart(reg);
    for (Lang lang : {Lang::Nl, Lang::En})
        for (char sep : {';', ',', '\t'})
            for (bool bom : {true, false}) {
                CAPTURE(int(lang), sep, bom);
                const std::string text = toCsv(reg, opts(sep, lang, bom));
                // Import with the other language and the other separator as hints: the header
                // decides both.
                auto back = importCsv(text, opts(sep == ';' ? ',' : ';', lang == Lang::Nl ? Lang::En : Lang::Nl));
                REQUIRE(back.ok());
                CHECK(back.value() == expected);
                CHECK(toCsv(back.value(), opts(sep, lang, bom)) == text);
            }
}

TEST_CASE("csv: file layout: BOM, CRLF, header words, booleans", "[io][csv]") {
    const Register reg = iotest::sampleRegister();
    const std::string nl = toCsv(reg, io::csvDefaults(Lang::Nl));
    const std::string en = toCsv(reg, io::csvDefaults(Lang::En));
    CHECK(nl.rfind("\xEF\xBB\xBF" "ID;Naam;Beschrijving;Doel;", 0) == 0);
    CHECK(en.rfind("\xEF\xBB\xBF" "id,name,description,purpose,", 0) == 0);
    CHECK(toCsv(reg, opts(',', Lang::En, false)).rfind("id,name,", 0) == 0);
    // Every record ends in CRLF; the multi-line description keeps its own LF inside quotes.
    CHECK(en.size() > 2);
    CHECK(en.substr(en.size() - 2) == "\r\n");
    CHECK(en.find("\"Scores inbound leads, line one\nline two, with € and é\"") != std::string::npos);
    CHECK(en.find(",\"Lead scoring; \"\"hot\"\" leads\",") != std::string::npos);
    CHECK(nl.find(";\"Lead scoring; \"\"hot\"\" leads\";") != std::string::npos);
    CHECK(en.find("processor_2_reuses_data_for_training") != std::string::npos);
    CHECK(en.find("processor_3_") == std::string::npos);
    CHECK(nl.find("Verwerker 2 traint met onze data") != std::string::npos);
    // Booleans: true/false in English, ja/nee in Dutch; screening yes/no.
    CHECK(en.find(",true,true,false,false,") != std::string::npos);
    CHECK(nl.find(";ja;ja;nee;nee;") != std::string::npos);
    // The chatbot has no screening: "no" and empty answer cells.
    CHECK(en.find(",no,,,,,,,,,,,,,,,,,,,,,,,,,") != std::string::npos);
}

TEST_CASE("csv: formula neutralisation for each trigger character, and back", "[io][csv]") {
    for (std::string trigger : {"=", "+", "-", "@", "\t", "\r"}) {
        CAPTURE(trigger);
        Register reg;
        Activity a;
        a.id = "x1";
        a.name = trigger + "cmd|' /C calc'!A0";
        a.notes = trigger + "1+1";
        Processor p;
        p.name = trigger + "Vendor";
        a.processors = {p};
        reg.activities = {a};
        const std::string text = toCsv(reg, opts(',', Lang::En, false));
        // The cell starts with the apostrophe (quoted when the trigger is CR, never for TAB).
        const std::string lead = trigger == "\r" ? "\"'" : "'";
        CHECK(text.find("\r\nx1," + lead + trigger + "cmd|") != std::string::npos);
        CHECK(text.find("," + lead + trigger + "1+1") != std::string::npos);
        CHECK(text.find("," + lead + trigger + "Vendor") != std::string::npos);
        auto back = importCsv(text, opts(',', Lang::En));
        REQUIRE(back.ok());
        CHECK(back.value() == reg);
    }
}

TEST_CASE("csv: apostrophes round-trip exactly", "[io][csv]") {
    Register reg;
    for (std::string name : {"'=already", "''+two", "'plain quote", "'", "''", "don't", "it's -1"}) {
        Activity a;
        a.id = "id" + std::to_string(reg.activities.size());
        a.name = name;
        reg.activities.push_back(a);
    }
    const std::string text = toCsv(reg, opts(',', Lang::En, false));
    CHECK(text.find(",''=already,") != std::string::npos);
    CHECK(text.find(",'''+two,") != std::string::npos);
    CHECK(text.find(",'plain quote,") != std::string::npos);
    auto back = importCsv(text, opts(',', Lang::En));
    REQUIRE(back.ok());
    CHECK(back.value() == reg);
    // A hand-typed neutralised cell loses exactly its one apostrophe.
    auto hand = importCsv("id,name\r\nA,'=1+2\r\n", opts(',', Lang::En));
    REQUIRE(hand.ok());
    CHECK(hand->activities[0].name == "=1+2");
}

TEST_CASE("csv: import detects the separator, strips a BOM, skips sep= and blank rows", "[io][csv]") {
    const std::string body = "id;name;lifecycle\r\nA;Alpha;pilot\r\n;;\r\n\r\nB;Beta;\r\n";
    for (std::string prefix : {"", "\xEF\xBB\xBF", "sep=;\r\n", "\xEF\xBB\xBF" "sep=;\n"}) {
        CAPTURE(prefix);
        auto r = importCsv(prefix + body, opts(',', Lang::En));
        REQUIRE(r.ok());
        REQUIRE(r->activities.size() == 2);
        CHECK(r->activities[0].name == "Alpha");
        CHECK(r->activities[0].lifecycle == Lifecycle::Pilot);
        CHECK(r->activities[1].lifecycle == Lifecycle::Idea);  // empty cell: the default
    }
    // Tab-separated (pasted from a sheet) and LF-only or CR-only line ends.
    auto tab = importCsv("id\tname\nA\tAlpha\n", opts(';', Lang::En));
    REQUIRE(tab.ok());
    CHECK(tab->activities[0].name == "Alpha");
    auto cr = importCsv("id,name\rA,Alpha\rB,Beta", opts(';', Lang::En));
    REQUIRE(cr.ok());
    CHECK(cr->activities.size() == 2);
}

TEST_CASE("csv: Dutch and English headers, words and labels are both accepted", "[io][csv]") {
    const std::string text =
        "ID;Naam;LEVENSFASE;ai-act-role;Betrokkenen;Grondslag;Bezwaar of opt-out mogelijk;"
        "Beoordelingsstatus;Beoordeeld op;Screening;Profilering;Bijlage III-gebied;"
        "Verwerker 1 naam;processor_1_dpa_signed;Verwerker 1 certificeringen\r\n"
        "A;Alpha;In productie;Aanbieder;Klanten | website_visitors;Gerechtvaardigd belang;JA;"
        "Goedgekeurd;5-3-2027;ja;WAAR;Kredietwaardigheid (5b);Acme;TRUE;ISO 27001|soc2\r\n";
    auto r = importCsv(text, opts(',', Lang::En));
    REQUIRE(r.ok());
    const Activity& a = r->activities.at(0);
    CHECK(a.lifecycle == Lifecycle::Production);
    CHECK(a.ai_act_role == AiActRole::Provider);
    CHECK(a.data_subjects == std::vector{DataSubject::Customers, DataSubject::WebsiteVisitors});
    CHECK(a.legal_basis == LegalBasis::LegitimateInterests);
    CHECK(a.opt_out);
    CHECK(a.review.status == ReviewStatus::Approved);
    CHECK(a.review.reviewed_at == "2027-03-05");  // Dutch Excel's D-M-YYYY, normalised
    REQUIRE(a.screening.has_value());
    CHECK(a.screening->profiling);
    CHECK_FALSE(a.screening->deepfake);
    CHECK(a.screening->annex_iii == AnnexIII::Creditworthiness);
    REQUIRE(a.processors.size() == 1);
    CHECK(a.processors[0].name == "Acme");
    CHECK(a.processors[0].dpa_signed);
    CHECK(a.processors[0].certifications == std::vector{Certification::Iso27001, Certification::Soc2});
    CHECK(a.processors[0].reuses_data_for_training == TrainingReuse::Unknown);
}

TEST_CASE("csv: screening presence follows the screening column, else the answers", "[io][csv]") {
    auto none = importCsv(oneRow(",screening,profiling", ",no,"), opts(',', Lang::En));
    REQUIRE(none.ok());
    CHECK_FALSE(none->activities[0].screening.has_value());
    auto noButFalse = importCsv(oneRow(",screening,profiling", ",no,false"), opts(',', Lang::En));
    REQUIRE(noButFalse.ok());
    CHECK_FALSE(noButFalse->activities[0].screening.has_value());
    auto yesEmpty = importCsv(oneRow(",screening,profiling", ",yes,"), opts(',', Lang::En));
    REQUIRE(yesEmpty.ok());
    CHECK(yesEmpty->activities[0].screening == Screening{});
    auto inferred = importCsv(oneRow(",profiling", ",false"), opts(',', Lang::En));
    REQUIRE(inferred.ok());
    CHECK(inferred->activities[0].screening == Screening{});
    auto absent = importCsv(oneRow(",profiling,annex_iii", ",,"), opts(',', Lang::En));
    REQUIRE(absent.ok());
    CHECK_FALSE(absent->activities[0].screening.has_value());
}

TEST_CASE("csv: processor groups: gaps close up, empty groups are no processor", "[io][csv]") {
    auto r = importCsv(oneRow(",processor_1_name,processor_3_name,processor_3_outside_eu,processor_2_name",
                            ",,Gamma,true,Beta"),
                     opts(',', Lang::En));
    REQUIRE(r.ok());
    const auto& ps = r->activities[0].processors;
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].name == "Beta");
    CHECK(ps[1].name == "Gamma");
    CHECK(ps[1].outside_eu);
}

TEST_CASE("csv: Windows-1252 text without BOM is decoded", "[io][csv]") {
    auto r = importCsv("id;name;notes\r\nA;Caf\xE9;\x80 5 \x93ok\x94\r\n", opts(';', Lang::Nl));
    REQUIRE(r.ok());
    CHECK(r->activities[0].name == "Café");
    CHECK(r->activities[0].notes == "€ 5 \u201Cok\u201D");
    // With a BOM the file promised UTF-8: invalid bytes are an error naming the cell.
    auto bad = importCsv("\xEF\xBB\xBF" "id;name\r\nA;Caf\xE9\r\n", opts(';', Lang::En));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().text() == "row 2, column name: the text is not valid UTF-8 (save the sheet as \"CSV UTF-8\")");
    CsvOptions strict = opts(';', Lang::En);
    strict.accept_cp1252 = false;
    CHECK_FALSE(importCsv("id;name\r\nA;Caf\xE9\r\n", strict).ok());
}

TEST_CASE("csv: an empty trailing column from Excel is ignored unless it holds data", "[io][csv]") {
    auto r = importCsv("id,name,\r\nA,Alpha,\r\n", opts(',', Lang::En));
    REQUIRE(r.ok());
    CHECK(r->activities[0].name == "Alpha");
    CHECK(importError("id,name,\r\nA,Alpha,x\r\n") ==
          "row 2, column 3: this column has no header but holds data");
}

TEST_CASE("csv: malformed input names the row and the column", "[io][csv]") {
    // The brief's example, exactly.
    CHECK(importError("id,name,lifecycle\r\nA,a,idea\r\nB,b,pilot\r\nC,c,live\r\n") ==
          "row 4, column lifecycle: unknown value \"live\" (allowed: idea, pilot, production, retired)");
    CHECK(importError(oneRow(",legal_basis", ",maybe")) ==
          "row 2, column legal_basis: unknown value \"maybe\" (allowed: consent, contract, legal_obligation, "
          "vital_interests, public_task, legitimate_interests, or empty)");
    CHECK(importError(oneRow(",data_categories", ",contact | shoe size")) ==
          "row 2, column data_categories: unknown value \"shoe size\" (allowed: contact, identifiers, "
          "demographics, behavioural, purchase_history, location, financial, communications, images_voice, "
          "inferred_profile, racial_ethnic, political, religious, trade_union, genetic, biometric, health, "
          "sex_life, criminal)");
    CHECK(importError(oneRow(",opt_out", ",perhaps")) ==
          "row 2, column opt_out: \"perhaps\" is not yes or no (use true/false or ja/nee)");
    CHECK(importError(oneRow(",next_review", ",11/25/2026")) ==
          "row 2, column next_review: \"11/25/2026\" is not a date (use YYYY-MM-DD)");
    CHECK(importError(oneRow(",reviewed_at", ",2026-02-30")) ==
          "row 2, column reviewed_at: \"2026-02-30\" is not a date (use YYYY-MM-DD)");
    CHECK(importError(oneRow(",processor_1_transfer_safeguard", ",trust me")) ==
          "row 2, column processor_1_transfer_safeguard: unknown value \"trust me\" (allowed: adequacy, "
          "scc, bcr, derogation, or empty)");
    CHECK(importError(oneRow(",screening,social_scoring", ",no,true")) ==
          "row 2, column social_scoring: a screening answer is filled in, but column \"screening\" says there "
          "is no screening");
    CHECK(importError(oneRow(",colour,lifecycle,size", ",red,idea,XL")) ==
          "row 1: unknown columns \"colour\", \"size\"");
    CHECK(importError(oneRow(",Name", ",again")) ==
          "row 1, column Name: the column appears twice (columns 2 and 3)");
    CHECK(importError("name,lifecycle\r\nAlpha,idea\r\n") == "row 1: the column \"id\" is missing");
    CHECK(importError("id,lifecycle\r\nA,idea\r\n") == "row 1: the column \"name\" is missing");
    CHECK(importError("id,name\r\nA,Alpha\r\n ,Beta\r\n") ==
          "row 3, column id: the id is empty (every activity needs its own id)");
    CHECK(importError("id,name\r\nA,Alpha\r\nB,Beta\r\nA,Gamma\r\n") ==
          "row 4, column id: the id \"A\" is also used on row 2");
    CHECK(importError("id,name\r\nA,\r\n") ==
          "row 2, column name: the name is empty (every activity needs a name)");
    CHECK(importError("id,name\r\nA," + std::string(201, 'x') + "\r\n") ==
          "row 2, column name: the name is longer than 200 characters");
    CHECK(importError("id,name,notes\r\nA,Alpha\r\n") == "row 2: 2 cells where the header has 3");
    CHECK(importError("id,name,notes\r\nA,Alpha,x,y\r\n") == "row 2: 4 cells where the header has 3");
    CHECK(importError("id,name,notes\r\nA,Alpha,\"open\r\nB,Beta,x\r\n") ==
          "row 2, column notes: a quoted cell is not closed (a quote is missing)");
    CHECK(importError("id,name,notes\r\nA,\"Al\"pha,x\r\n") ==
          "row 2, column name: text after the closing quote of a cell");
    CHECK(importError("") == "row 1: no header row: the file is empty or starts with an empty line");
    CHECK(importError("\xEF\xBB\xBF") == "row 1: no header row: the file is empty or starts with an empty line");
    // The 200-character limit counts characters, not bytes.
    std::string euros;
    for (int i = 0; i < 200; ++i) euros += "€";
    CHECK(importCsv("id,name\r\nA," + euros + "\r\n", opts(',', Lang::En)).ok());
}

TEST_CASE("csv: rows count as the spreadsheet shows them", "[io][csv]") {
    // A quoted cell spanning lines is one spreadsheet row; blank lines are rows too.
    CHECK(importError("id,name,notes\r\nA,Alpha,\"two\r\nlines\"\r\n\r\nB,Beta,x\r\nC,Gamma,x,y\r\n") ==
          "row 5: 4 cells where the header has 3");
}

TEST_CASE("csv: messages in Dutch when the options say Dutch", "[io][csv]") {
    CHECK(importError("ID;Naam;Levensfase\r\nA;a;live\r\n", Lang::Nl) ==
          "rij 2, kolom Levensfase: onbekende waarde \"live\" (toegestaan: idea, pilot, production, retired)");
    CHECK(importError("ID;Naam;Kleur\r\nA;a;rood\r\n", Lang::Nl) == "rij 1: onbekende kolom \"Kleur\"");
    CHECK(importError("ID;Levensfase\r\nA;idea\r\n", Lang::Nl) == "rij 1: de kolom \"Naam\" ontbreekt");
    CHECK(importError("ID;Naam\r\nA;a;b\r\n", Lang::Nl) == "rij 2: 3 cellen, de kopregel heeft er 2");
}

TEST_CASE("csv: import is all-or-nothing", "[io][csv]") {
    std::string text = toCsv(iotest::sampleRegister(), io::csvDefaults(Lang::En));
    text += "late-row,Late,live";  // wrong cell count and a bad value on the last row
    auto r = importCsv(text, io::csvDefaults(Lang::En));
    CHECK_FALSE(r.ok());
    CHECK(r.error().whereText() == "row 7");  // header + five activities
}

TEST_CASE("csv: the example register survives JSON -> CSV -> Register", "[io][csv]") {
    auto reg = io::parseRegister(iotest::readFile(std::string(AIR_SOURCE_DIR) + "/assets/example_register.json"));
    REQUIRE(reg.ok());
    REQUIRE_FALSE(reg->activities.empty());
    for (Lang lang : {Lang::Nl, Lang::En}) {
        const std::string text = toCsv(reg.value(), io::csvDefaults(lang));
        auto back = importCsv(text, io::csvDefaults(lang));
        REQUIRE(back.ok());
        CHECK(back.value() == csvPart(reg.value()));
    }
}
