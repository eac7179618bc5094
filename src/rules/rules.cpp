// Rule set 2026.11 (DOMAIN.md 3) as logic: the AI Act tier, obligations, the DPIA screen and
// the findings. Texts live in rule_table.cpp; each condition here cites the law it rests on.
//
// [SECTION] helpers
// [SECTION] AI Act tier          (first match wins)
// [SECTION] obligations          (every id whose condition holds)
// [SECTION] DPIA screen          (C1..C9)
// [SECTION] findings
// [SECTION] Finding::message, assess
// [SECTION] tierReason
// [SECTION] dates
#include <algorithm>
#include <string>

#include "rules/rule_texts.hpp"
#include "rules/rules.hpp"

namespace air::rules {

namespace {

// ---- [SECTION] helpers ----------------------------------------------------------------

// True when `s` holds nothing but white space.
bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

template <class T>
bool contains(const std::vector<T>& v, T x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

bool hasArt9Data(const Activity& a) {
    return std::any_of(a.data_categories.begin(), a.data_categories.end(),
                       [](DataCategory c) { return isArt9(c); });
}

bool hasSensitiveData(const Activity& a) {
    return std::any_of(a.data_categories.begin(), a.data_categories.end(),
                       [](DataCategory c) { return isSensitive(c); });
}

// Replaces the first `slot` in `text` by `value`.
std::string fill(std::string text, std::string_view slot, std::string_view value) {
    std::size_t pos = text.find(slot);
    if (pos != std::string::npos) text.replace(pos, slot.size(), value);
    return text;
}

// ---- [SECTION] AI Act tier ------------------------------------------------------------
// Each condition reads only the screening facts. Order = DOMAIN.md 3, first table.

// AI Act Art. 5(1)(a): subliminal, manipulative or deceptive techniques.
bool art5a(const Screening& s) { return s.manipulative_techniques; }
// AI Act Art. 5(1)(b): exploiting vulnerabilities (age, disability, social/economic situation).
bool art5b(const Screening& s) { return s.exploits_vulnerabilities; }
// AI Act Art. 5(1)(c): social scoring leading to detrimental treatment.
bool art5c(const Screening& s) { return s.social_scoring; }
// AI Act Art. 5(1)(f): emotion recognition in the workplace or education, except for
// medical or safety reasons.
bool art5f(const Screening& s) {
    return s.emotion_recognition && s.workplace_or_education && !s.medical_or_safety_reason;
}
// AI Act Art. 5(1)(g): biometric categorisation inferring sensitive traits.
bool art5g(const Screening& s) { return s.biometric_categorisation && s.infers_sensitive_traits; }
// AI Act Art. 6(3): an Annex III system that only performs a narrow procedural task is not
// high-risk — never when it profiles natural persons (Art. 6(3), last subparagraph).
bool art63Exempt(const Screening& s) {
    return s.annex_iii != AnnexIII::None && s.narrow_procedural_task && !s.profiling;
}
// AI Act Art. 6(2) + Annex III: the system is used in an Annex III area, unless Art. 6(3).
bool art62(const Screening& s) { return s.annex_iii != AnnexIII::None && !art63Exempt(s); }
// AI Act Annex III point 1(b)-(c): biometric categorisation and emotion recognition.
bool annex1(const Screening& s) { return s.emotion_recognition || s.biometric_categorisation; }
// AI Act Art. 50(1)-(4): transparency duties.
bool art50(const Screening& s) {
    return s.interacts_with_people || s.generates_content || s.deepfake || s.public_interest_text;
}

struct TierRule {
    std::string_view id;
    bool (*holds)(const Screening&);
    Tier tier;
};
constexpr TierRule kTierRules[] = {
    {"AIA-5-1-a", art5a, Tier::Prohibited},
    {"AIA-5-1-b", art5b, Tier::Prohibited},
    {"AIA-5-1-c", art5c, Tier::Prohibited},
    {"AIA-5-1-f", art5f, Tier::Prohibited},
    {"AIA-5-1-g", art5g, Tier::Prohibited},
    {"AIA-6-2", art62, Tier::High},
    {"AIA-ANNEX-III-1", annex1, Tier::High},
    {"AIA-50", art50, Tier::Limited},
};

// The tier and the id of the rule that decided it ("" for minimal and unassessed).
struct TierResult {
    Tier tier;
    std::string_view rule;
};
TierResult decideTier(const Activity& a) {
    if (!a.screening) return {Tier::Unassessed, {}};
    for (const TierRule& r : kTierRules)
        if (r.holds(*a.screening)) return {r.tier, r.id};
    return {Tier::Minimal, {}};
}

// ---- [SECTION] obligations ------------------------------------------------------------

struct ObligationRule {
    std::string_view id;
    bool (*holds)(const Activity&, const Screening&, Tier);
};
const ObligationRule kObligationRules[] = {
    {"AIA-5-1-a", [](const Activity&, const Screening& s, Tier) { return art5a(s); }},
    {"AIA-5-1-b", [](const Activity&, const Screening& s, Tier) { return art5b(s); }},
    {"AIA-5-1-c", [](const Activity&, const Screening& s, Tier) { return art5c(s); }},
    {"AIA-5-1-f", [](const Activity&, const Screening& s, Tier) { return art5f(s); }},
    {"AIA-5-1-g", [](const Activity&, const Screening& s, Tier) { return art5g(s); }},
    {"AIA-6-2", [](const Activity&, const Screening& s, Tier) { return art62(s); }},
    {"AIA-ANNEX-III-1", [](const Activity&, const Screening& s, Tier) { return annex1(s); }},
    // AI Act Art. 26: obligations of deployers of high-risk systems.
    {"AIA-26",
     [](const Activity& a, const Screening&, Tier t) {
         return t == Tier::High && a.ai_act_role == AiActRole::Deployer;
     }},
    // AI Act Art. 27: fundamental-rights impact assessment for deployers of Annex III 5(b)-(c).
    {"AIA-27",
     [](const Activity& a, const Screening& s, Tier t) {
         return t == Tier::High && a.ai_act_role == AiActRole::Deployer &&
                (s.annex_iii == AnnexIII::Creditworthiness ||
                 s.annex_iii == AnnexIII::InsurancePricing);
     }},
    // AI Act Art. 6(4): document the Art. 6(3) assessment.
    {"AIA-6-4", [](const Activity&, const Screening& s, Tier) { return art63Exempt(s); }},
    // AI Act Art. 50(1): tell people they interact with an AI system.
    {"AIA-50-1", [](const Activity&, const Screening& s, Tier) { return s.interacts_with_people; }},
    // AI Act Art. 50(2): machine-readable marking of synthetic content.
    {"AIA-50-2", [](const Activity&, const Screening& s, Tier) { return s.generates_content; }},
    // AI Act Art. 50(3): inform people exposed to emotion recognition or biometric categorisation.
    {"AIA-50-3",
     [](const Activity&, const Screening& s, Tier) {
         return s.emotion_recognition || s.biometric_categorisation;
     }},
    // AI Act Art. 50(4): disclose deepfakes and AI-written public-interest text.
    {"AIA-50-4",
     [](const Activity&, const Screening& s, Tier) { return s.deepfake || s.public_interest_text; }},
};

std::vector<std::string> obligationsFor(const Activity& a, Tier tier) {
    std::vector<std::string> out;
    if (!a.screening) return out;
    for (const ObligationRule& r : kObligationRules)
        if (r.holds(a, *a.screening, tier)) out.emplace_back(r.id);
    return out;
}

// ---- [SECTION] DPIA screen ------------------------------------------------------------
// GDPR Art. 35(1) with the nine EDPB/WP248 criteria; two or more: a DPIA is required.
// Without a screening object only what the activity itself shows counts (C4, C7).

std::vector<int> dpiaCriteriaOf(const Activity& a) {
    const Screening none{};
    const Screening& s = a.screening ? *a.screening : none;
    const bool c[9] = {
        s.evaluation_scoring || s.profiling,  // C1 evaluation or scoring, incl. profiling
        s.automated_decision,                 // C2 automated decision, legal or similar effect
        s.systematic_monitoring,              // C3 systematic monitoring
        hasSensitiveData(a),                  // C4 sensitive or highly personal data
        s.large_scale,                        // C5 large scale
        s.combines_datasets,                  // C6 matching or combining datasets
        s.vulnerable_subjects ||              // C7 vulnerable data subjects
            contains(a.data_subjects, DataSubject::Children) ||
            contains(a.data_subjects, DataSubject::Employees) ||
            contains(a.data_subjects, DataSubject::JobApplicants),
        s.innovative_technology,              // C8 innovative technology
        s.blocks_service,                     // C9 blocks a right, service or contract
    };
    std::vector<int> out;
    for (int i = 0; i < 9; ++i)
        if (c[i]) out.push_back(i + 1);
    return out;
}

DpiaVerdict verdictOf(std::size_t criteria) {
    if (criteria >= 2) return DpiaVerdict::Required;
    if (criteria == 1) return DpiaVerdict::Recommended;
    return DpiaVerdict::NotRequired;
}

// ---- [SECTION] findings ---------------------------------------------------------------
// In rule-table order; per-processor rules emit one finding per offending processor, in
// processor order.

std::string processorField(std::size_t i, std::string_view member) {
    return "processors[" + std::to_string(i) + "]." + std::string(member);
}

std::vector<Finding> findingsFor(const Activity& a, Tier tier, DpiaVerdict dpia) {
    std::vector<Finding> out;
    auto add = [&out](std::string_view rule, Severity sev, std::string field,
                      std::string who = {}) {
        out.push_back(Finding{std::string(rule), sev, std::move(field), std::move(who)});
    };
    const Screening none{};
    const Screening& s = a.screening ? *a.screening : none;

    // GDPR Art. 5(1)(b): purpose limitation needs a specified purpose.
    if (blank(a.purpose)) add("GDPR-5-1-b", Severity::Blocker, "purpose");
    // GDPR Art. 5(1)(c): data minimisation starts with knowing which data.
    if (a.data_categories.empty()) add("GDPR-5-1-c", Severity::Warning, "data_categories");
    // GDPR Art. 5(1)(e): storage limitation; Art. 30(1)(f) erasure time limits.
    if (blank(a.retention)) add("GDPR-5-1-e", Severity::Warning, "retention");
    // GDPR Art. 6(1): every processing needs a legal basis.
    if (a.legal_basis == LegalBasis::None) add("GDPR-6", Severity::Blocker, "legal_basis");
    // GDPR Art. 6(1)(f): legitimate interests need a documented balancing test.
    if (a.legal_basis == LegalBasis::LegitimateInterests && !a.lia_documented)
        add("GDPR-6-1-f", Severity::Warning, "lia_documented");
    // GDPR Art. 6(1)(e): public task is rarely open to a company.
    if (a.legal_basis == LegalBasis::PublicTask) add("GDPR-6-1-e", Severity::Warning, "legal_basis");
    // GDPR Art. 9(1)-(2): special categories need an Art. 9(2) condition.
    if (hasArt9Data(a) && a.art9_condition == Art9Condition::None)
        add("GDPR-9", Severity::Blocker, "art9_condition");
    // GDPR Art. 13-14: inform the people concerned.
    if (!a.transparency_notice) add("GDPR-13", Severity::Warning, "transparency_notice");
    // GDPR Art. 21(2)-(3): objection to direct marketing (and profiling for it) is absolute.
    if (s.direct_marketing && !a.opt_out) add("GDPR-21", Severity::Blocker, "opt_out");
    // GDPR Art. 22(3): solely automated decisions need human intervention.
    if (s.automated_decision && !s.human_review)
        add("GDPR-22", Severity::Blocker, "screening.human_review");
    // GDPR Art. 28(3): a processor needs a binding processing agreement.
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (!a.processors[i].dpa_signed)
            add("GDPR-28", Severity::Blocker, processorField(i, "dpa_signed"), a.processors[i].name);
    // GDPR Art. 44-46: transfers outside the EU need adequacy, SCCs, BCRs or a derogation.
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (a.processors[i].outside_eu &&
            a.processors[i].transfer_safeguard == TransferSafeguard::None)
            add("GDPR-44", Severity::Blocker, processorField(i, "transfer_safeguard"),
                a.processors[i].name);
    // GDPR Art. 5(1)(b) and 28(3)(a): a vendor training on your data is further processing
    // (DDMA basic "reuse by other organisations"); unknown counts as not ruled out.
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (a.processors[i].reuses_data_for_training != TrainingReuse::No)
            add("GDPR-REUSE", Severity::Warning, processorField(i, "reuses_data_for_training"),
                a.processors[i].name);
    // GDPR Art. 35(1): a DPIA before processing likely to result in a high risk.
    if (dpia == DpiaVerdict::Required) {
        if (a.dpia == DpiaStatus::None || a.dpia == DpiaStatus::NotNeeded)
            add("GDPR-35", Severity::Blocker, "dpia");
        else if (a.dpia == DpiaStatus::Planned)
            add("GDPR-35", Severity::Warning, "dpia");
    }
    // AI Act Art. 5: a prohibited practice must stop. A retired activity has stopped, so it
    // no longer raises the blocker (its tier still shows "prohibited").
    if (tier == Tier::Prohibited && a.lifecycle != Lifecycle::Retired)
        add("AIA-5", Severity::Blocker, "lifecycle");
    // AI Act Art. 5, 6 and 50 can only be judged after a screening.
    if (!a.screening) add("AIA-UNASSESSED", Severity::Warning, "screening");
    // Good practice (DDMA, seeds 000-002): human in the loop for scoring and decisions.
    if ((s.profiling || s.evaluation_scoring || s.automated_decision) && blank(a.human_oversight))
        add("ETH-HUMAN", Severity::Warning, "human_oversight");
    // Good practice: monitor profiling and scoring for bias.
    if ((s.profiling || s.evaluation_scoring) && blank(a.bias_monitoring))
        add("ETH-BIAS", Severity::Warning, "bias_monitoring");
    // Good practice: check the rights to generated content (copyright, licences).
    if (s.generates_content && !a.content_rights_checked)
        add("ETH-COPYRIGHT", Severity::Warning, "content_rights_checked");
    // Good practice: vendor security certification (GDPR Art. 28(1) and 32: sufficient guarantees).
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (!contains(a.processors[i].certifications, Certification::Iso27001) &&
            !contains(a.processors[i].certifications, Certification::Soc2))
            add("VENDOR-CERT", Severity::Info, processorField(i, "certifications"),
                a.processors[i].name);
    return out;
}

// "processor 3" / "verwerker 3" for an unnamed processor, from a field like "processors[2].x".
std::string unnamedProcessor(std::string_view field, Lang lang) {
    constexpr std::string_view kPrefix = "processors[";
    if (field.substr(0, kPrefix.size()) != kPrefix) return {};
    std::size_t end = field.find(']');
    if (end == std::string_view::npos) return {};
    int index = 0;
    for (char ch : field.substr(kPrefix.size(), end - kPrefix.size())) {
        if (ch < '0' || ch > '9') return {};
        index = index * 10 + (ch - '0');
    }
    return std::string(lang == Lang::Nl ? "verwerker " : "processor ") + std::to_string(index + 1);
}

}  // namespace

Tier tierOf(const Activity& a, std::string* decidingRule) {
    TierResult r = decideTier(a);
    if (decidingRule) *decidingRule = std::string(r.rule);
    return r.tier;
}

std::vector<std::string> obligationsOf(const Activity& a) {
    return obligationsFor(a, decideTier(a).tier);
}

DpiaVerdict dpiaOf(const Activity& a, std::vector<int>* criteria) {
    std::vector<int> c = dpiaCriteriaOf(a);
    DpiaVerdict v = verdictOf(c.size());
    if (criteria) *criteria = std::move(c);
    return v;
}

std::vector<Finding> findingsOf(const Activity& a) {
    return findingsFor(a, decideTier(a).tier, dpiaOf(a));
}

// ---- [SECTION] Finding::message, assess -----------------------------------------------

std::string Finding::message(Lang lang) const {
    const RuleInfo* info = ruleInfo(rule);
    if (!info) return rule;
    std::string who = detail.empty() ? unnamedProcessor(field, lang) : detail;
    // A title that already ends in a full stop (a vendor named "Studio B.V.") gets no second one.
    const std::string title = info->title(lang, who);
    const bool stop = !title.empty() && title.back() == '.';
    return title + (stop ? " " : ". ") + info->fix(lang, who) + " (" + std::string(info->articleText(lang)) + ")";
}

int Assessment::blockers() const {
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.severity == Severity::Blocker; }));
}

Assessment assess(const Activity& a) {
    Assessment out;
    TierResult t = decideTier(a);
    out.tier = t.tier;
    out.tier_rule = std::string(t.rule);
    out.obligations = obligationsFor(a, t.tier);
    out.dpia = dpiaOf(a, &out.dpia_criteria);
    out.findings = findingsFor(a, t.tier, out.dpia);
    return out;
}

// ---- [SECTION] tierReason -------------------------------------------------------------

std::string tierReason(const Activity& a, Lang lang) {
    const detail::TierReasonTexts& t = detail::tierReasonTexts();
    TierResult r = decideTier(a);
    if (r.tier == Tier::Unassessed) return std::string(t.unassessed.in(lang));
    const Screening& s = *a.screening;
    auto cite = [lang](std::string text, const detail::Text2& article) {
        return text + " (" + std::string(article.in(lang)) + ")";
    };
    auto area = [&](std::string text) {
        text = fill(std::move(text), "{area}", annexAreaText(s.annex_iii, lang));
        return fill(std::move(text), "{point}", annexPointText(s.annex_iii, lang));
    };
    // Joins the parts as "a, b and c".
    auto join = [&](const std::vector<std::string_view>& parts) {
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i > 0) out += (i + 1 == parts.size()) ? std::string(t.and_word.in(lang)) : ", ";
            out += parts[i];
        }
        return out;
    };

    if (r.rule == "AIA-5-1-a") return cite(std::string(t.prohibited_a.in(lang)), t.art_5a);
    if (r.rule == "AIA-5-1-b") return cite(std::string(t.prohibited_b.in(lang)), t.art_5b);
    if (r.rule == "AIA-5-1-c") return cite(std::string(t.prohibited_c.in(lang)), t.art_5c);
    if (r.rule == "AIA-5-1-f") return cite(std::string(t.prohibited_f.in(lang)), t.art_5f);
    if (r.rule == "AIA-5-1-g") return cite(std::string(t.prohibited_g.in(lang)), t.art_5g);
    if (r.rule == "AIA-6-2") {
        std::string text = area(std::string(t.high_annex.in(lang)));
        if (s.profiling) text += t.high_annex_profiles.in(lang);
        return cite(std::move(text), t.art_6_2);
    }
    if (r.rule == "AIA-ANNEX-III-1") {
        std::vector<std::string_view> what;
        if (s.emotion_recognition) what.push_back(t.emotion_recognition.in(lang));
        if (s.biometric_categorisation) what.push_back(t.biometric_categorisation.in(lang));
        return cite(fill(std::string(t.high_biometric.in(lang)), "{what}", join(what)),
                    t.art_annex_1);
    }
    if (r.rule == "AIA-50") {
        std::vector<std::string_view> what;
        if (s.interacts_with_people) what.push_back(t.talks.in(lang));
        if (s.generates_content) what.push_back(t.generates.in(lang));
        if (s.deepfake) what.push_back(t.deepfakes.in(lang));
        if (s.public_interest_text) what.push_back(t.public_text.in(lang));
        std::string text = fill(std::string(t.limited.in(lang)), "{what}", join(what));
        if (art63Exempt(s)) text += area(std::string(t.exempt_suffix.in(lang)));
        return cite(std::move(text), t.art_50);
    }
    if (art63Exempt(s)) return cite(area(std::string(t.exempt_minimal.in(lang))), t.art_6_3);
    return cite(std::string(t.minimal.in(lang)), t.art_none);
}

// ---- [SECTION] dates ------------------------------------------------------------------

namespace {

// Reads "YYYY-MM-DD" (the first ten characters); false when it is not a real calendar day.
bool parseDay(std::string_view text, int& y, int& m, int& d) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return false;
    auto num = [&text](std::size_t from, std::size_t len, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + len; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return false;
    if (m < 1 || m > 12 || d < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + ((m == 2 && leap) ? 1 : 0);
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
int daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

}  // namespace

bool isIsoDate(std::string_view date) {
    int y = 0, m = 0, d = 0;
    return date.size() == 10 && parseDay(date, y, m, d);
}

int daysUntil(std::string_view fromDate, std::string_view toDate) {
    int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
    if (!parseDay(fromDate, y1, m1, d1) || !parseDay(toDate, y2, m2, d2)) return 0;
    return daysFromCivil(y2, m2, d2) - daysFromCivil(y1, m1, d1);
}

}  // namespace air::rules
