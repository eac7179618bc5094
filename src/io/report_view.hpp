// Internal to air_io: what the review report says, computed once and rendered twice (HTML in
// report.cpp, Markdown in report_markdown.cpp), so both carry the same content. All strings
// here are plain text (not escaped); the renderers escape every one of them.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"
#include "io/report.hpp"
#include "rules/rules.hpp"

namespace air::io::reportview {

// The report's fixed words, each in English and Dutch.
enum class W {
    Title, Subtitle, Organisation, ReportDate, RuleSet, NotLegalAdvice, Summary, Activities,
    ByTier, ByReview, OpenBlockers, ActivitiesWithBlockers, DpiaRequired, DpiaRecommended,
    ReviewsDue, Contents, ColActivity, ColTier, ColReview, ColBlockers, ColDpia, Id, Owner,
    Vendor, Lifecycle, Role, Application, Art30, Purpose, Description, DataSubjects,
    DataCategories, LegalBasis, LiaOnFile, LiaMissing, Art9Condition, Recipients, Transfers,
    NoneWord, NoSafeguard, Retention, Security, NoCertification, Transparency, OptOut,
    DpiaStatus, ProcName, ProcDpa, ProcOutside, ProcSafeguard, ProcCerts, ProcReuse, AiAct,
    Tier, AnnexArea, ScreeningAnswers, NoScreening, HumanOversight, BiasMonitoring,
    ContentRights, Obligations, NoObligations, ColRule, ColObligation, ColArticle,
    ColAppliesFrom, DpiaScreen, CriteriaCount, NoCriteria, Findings, NoFindings, ColSeverity,
    ColMessage, Review, ReviewStatus, Reviewer, ReviewedAt, NextReview, Due, Created, Updated,
    Notes, Workshops, Facilitator, Votes, ColPrinciple, Green, Amber, Red, Actions, ColAction,
    ColDue, ColDone, RecentChanges, ColWhen, ColWho, ColWhat, Yes, No, NotFilled, Page, PageOf,
    BackToContents, NoActivities, Art9Tag, Art10Tag, Footer, Count,
    // rule set 2026.12: who owes what, the basis of the DPIA screen, register findings
    YourDuties, ProviderDuties, ProviderDutiesIntro, NoProviderDuties, NoProviderDutiesProvider,
    DpiaRuleOfThumb, DpiaMandatoryShort, DpiaRuleOfThumbShort, DpiaBasis, ColBasis, RegisterLevel,
    NoRegisterFindings, Controller, Dpo, ColSource,
    // Art. 30(1) complete (issue #10): recipients, the vendor's role and country, own security
    NoPersonalData, RecipientsArt30, VendorCerts, CountryMissing, ProcRole, ProcCountry,
    // the team's own framework (issue #10)
    OurFramework, FrameworkIntro, NoFramework, FrameworkProposed, ColKind, ColText, ColAppliesTo, ColAdopted,
    ColVotes, FrameworkTouches, FrameworkTouchesIntro, Because,
    COUNT
};
std::string_view word(W w, Lang lang);

// Readable label of screening flag i (kScreeningFlags order).
std::string_view flagLabel(std::size_t i, Lang lang);

// "25-11-2026" in Dutch, "25 Nov 2026" in English; text that is no date comes back as is.
std::string formatDate(std::string_view isoDate, Lang lang);
// An RFC 3339 timestamp as date, time and zone ("01-10-2026 12:00 UTC"); else as is.
std::string formatTimestamp(std::string_view ts, Lang lang);

// A label and a plain-text value; `missing` marks an empty field shown as "(not filled in)".
struct Row {
    std::string label;
    std::string text;
    bool missing = false;
    bool alert = false;  // needs attention (e.g. a review that is due)
};

struct CategoryItem {
    std::string label;
    int article = 0;  // 9 for GDPR Art. 9 data, 10 for criminal data, else 0
};

struct ProcessorRow {
    std::string name, role, country, dpa, outside, safeguard, certs, reuse;
    bool dpaMissing = false;        // no agreement a processor or joint controller needs (Art. 28, 26)
    bool countryMissing = false;    // country of processing not recorded (Art. 30(1)(e))
    bool safeguardMissing = false;  // outside the EU without a safeguard (GDPR Art. 44)
};

struct ObligationRow {
    std::string id, title, fix, article, appliesFrom;
};

struct FindingRow {
    Severity severity = Severity::Info;
    std::string id, article, message;
};

struct VoteRow {
    std::string principle;
    int green = 0, amber = 0, red = 0;
};
struct NoteRow {
    std::string principle, text;
};
struct ActionRow {
    std::string text, owner, due;
    bool done = false;
};
struct WorkshopBlock {
    std::string title, date, facilitator;
    std::vector<VoteRow> votes;
    std::vector<NoteRow> notes;
    std::vector<ActionRow> actions;
};

// An adopted principle or red line of the team (register level).
struct FrameworkRow {
    bool redLine = false;
    std::string kind, text, explanation, scope, adopted, votes;
};
// One adopted item an activity touches, and why.
struct FrameworkTouch {
    bool redLine = false;
    std::string kind, text, because;
};

struct ActivityView {
    int number = 0;
    std::string anchor;  // "act-N": generated, never user text
    std::string name;
    std::vector<Row> meta;  // id, owner, vendor, lifecycle, role, application
    Tier tier = Tier::Unassessed;
    std::string tierReason;       // rules::tierReason: "High risk: ... (AI Act Art. 6(2))"
    std::string tierReasonShort;  // the same without the leading "High risk: " (shown after a badge)
    // GDPR Art. 30 record
    Row purpose, description, subjects;
    std::vector<CategoryItem> categories;
    Row legalBasis, art9, transfers, retention, security, transparency, optOut, dpiaStatus;
    Row recipients;      // Art. 30(1)(d): recipients other than the vendors listed
    Row certifications;  // vendors' ISO 27001 / SOC 2: an indication, not proof
    bool personalData = true;  // false: the GDPR does not apply, the Art. 30 rows are left out
    bool showArt9 = false;
    std::vector<ProcessorRow> processors;
    // AI Act
    std::vector<Row> aiAct;  // role, Annex III area, screening answers, oversight, bias, rights
    AiActRole role = AiActRole::Deployer;    // the role the duties were judged for
    std::vector<ObligationRow> obligations;     // your duties (Assessment::obligations)
    std::vector<ObligationRow> providerDuties;  // check that your provider does these
    // DPIA screen
    DpiaVerdict dpia = DpiaVerdict::NotRequired;
    std::string dpiaLabel;   // short: "DPIA verplicht" / "DPIA vereist (vuistregel)" / "DPIA aanbevolen"
    std::string dpiaReason;  // rules::dpiaReason: "DPIA verplicht (AP-lijst: Profilering)"
    std::vector<ObligationRow> dpiaBasis;  // id, text (title) and source (article) of each basis
    // findings and review
    std::vector<FindingRow> findings;
    int blockers = 0;
    std::vector<Row> review;  // status, reviewer, dates, created, updated
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    bool reviewDue = false;
    Row notes;
    std::vector<WorkshopBlock> workshops;
    std::vector<RecentChange> recent;
    std::vector<FrameworkTouch> framework;  // the team's adopted items it touches
};

struct Summary {
    int activities = 0;
    std::array<int, std::size_t(Tier::COUNT)> tiers{};
    std::array<int, std::size_t(ReviewStatus::COUNT)> reviews{};
    int blockers = 0, activitiesWithBlockers = 0, dpiaRecommended = 0;
    int dpiaMandatory = 0;    // required by GDPR Art. 35(3) or the Dutch DPA list
    int dpiaRuleOfThumb = 0;  // required by the WP248 rule of thumb only
    int reviewsDue = 0;  // next review on or before the report date
};

struct ReportView {
    Lang lang = Lang::Nl;
    std::string title, organisation, date, rulesVersion;
    Row controller, dpo;  // GDPR Art. 30(1)(a), from Register::controller
    Summary summary;
    std::vector<FindingRow> registerFindings;  // rules::registerFindings (GDPR-30)
    std::vector<FrameworkRow> framework;       // the team's adopted principles and red lines
    int frameworkProposed = 0;                 // proposed, not yet adopted
    std::vector<ActivityView> activities;
};

// The footer line, naming the rule set: "Gemaakt met ..., regelset 2026.12. Geen juridisch advies."
std::string footerText(const ReportView& rv);

// Everything the report shows, assessed with the rules of src/rules/.
ReportView buildView(const Register& reg, const ReportOptions& opt);

}  // namespace air::io::reportview
