// Rule set 2026.12 (DOMAIN.md 3a) as logic: the tier with the new Art. 5(1)(ba) ban, who owes
// which AI Act duty (provider / deployer / importer / distributor), the DPIA screen with its
// basis (WP248, Art. 35(3) GDPR, the Dutch DPA list), the activity without personal data, and
// the findings (vendor rules once per activity). Texts live in rule_table_2026_12.cpp; each
// condition cites the law it rests on. Rule set 2026.11 (rules.cpp) is not touched.
//
// [SECTION] helpers and texts
// [SECTION] personal data
// [SECTION] tier
// [SECTION] who owes what
// [SECTION] DPIA screen
// [SECTION] findings
// [SECTION] assess, register findings
// [SECTION] tierReason, dpiaReason
#include <algorithm>
#include <string>
#include <vector>

#include "rules/rule_texts.hpp"
#include "rules/rules.hpp"

namespace air::rules::detail {

namespace {

constexpr RuleSet kSet = RuleSet::R2026_12;

// ---- [SECTION] helpers and texts ------------------------------------------------------------

const RuleInfo& info(std::string_view id) {
    const RuleInfo* r = ruleInfo(id, kSet);
    return *r;  // every id raised here is in the table (a test checks it)
}

bool hasCategory(const Activity& a, DataCategory c) { return contains(a.data_categories, c); }
bool hasSubject(const Activity& a, DataSubject s) { return contains(a.data_subjects, s); }

// "A", "A and B", "A, B and C" (Dutch "en").
std::string joinNames(const std::vector<std::string>& names, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += (i + 1 == names.size()) ? (lang == Lang::Nl ? " en " : " and ") : ", ";
        out += names[i];
    }
    return out;
}

// A vendor's name as the message shows it; "vendor 3" / "leverancier 3" when it has none.
std::string vendorName(const Activity& a, std::size_t i, Lang lang) {
    if (!blank(a.processors[i].name)) return a.processors[i].name;
    return std::string(lang == Lang::Nl ? "leverancier " : "vendor ") + std::to_string(i + 1);
}

// `first` and `second` as one text: a full stop between them unless `first` has one (a
// vendor named "Studio B.V.").
std::string thenSentence(const std::string& first, const std::string& second) {
    if (first.empty()) return second;
    const bool stop = first.back() == '.';
    return first + (stop ? " " : ". ") + second;
}

// One situation of a finding: its text variant ("" = the RuleInfo's), the vendors it names
// (indices into processors) with the vendor field that fixes it, and the "{basis}" text in
// both languages.
struct Part {
    std::string_view variant;
    std::vector<std::size_t> vendors = {};
    std::string_view member = {};
    std::string basis_en = {}, basis_nl = {};
};

// "Title. Fix." for each part, then the article: the message of a 2026.12 finding.
std::string messageOf(const Activity& a, const RuleInfo& r, const std::vector<Part>& parts, Lang lang) {
    std::string out;
    for (const Part& p : parts) {
        std::vector<std::string> names;
        for (std::size_t i : p.vendors) names.push_back(vendorName(a, i, lang));
        const std::string who = names.empty() ? std::string(lang == Lang::Nl ? "de leverancier" : "the vendor")
                                              : joinNames(names, lang);
        std::string_view title = lang == Lang::Nl ? r.title_nl : r.title_en;
        std::string_view fix = lang == Lang::Nl ? r.fix_nl : r.fix_en;
        if (!p.variant.empty()) {
            const RuleVariant* v = ruleVariant2026_12(r.id, p.variant);
            title = v->title.in(lang);
            fix = v->fix.in(lang);
        }
        if (p.vendors.size() > 1)  // a plural title where the verb agrees with the vendors
            if (const RuleVariant* v = ruleVariant2026_12(r.id, std::string(p.variant) + "+plural"))
                title = v->title.in(lang);
        const std::string& basis = lang == Lang::Nl ? p.basis_nl : p.basis_en;
        const std::string t = fillAll(fillAll(title, "{processor}", who), "{basis}", basis);
        const std::string f = fillAll(fillAll(fix, "{processor}", who), "{basis}", basis);
        out = thenSentence(out, thenSentence(t, f));
    }
    return out + " (" + std::string(r.articleText(lang)) + ")";
}

std::string processorField(std::size_t i, std::string_view member) {
    return "processors[" + std::to_string(i) + "]." + std::string(member);
}

// The findings of one activity, in rule-table order, with their messages.
class FindingList {
public:
    explicit FindingList(const Activity& a) : m_a(a) {}

    // A finding with one situation and no vendor.
    void add(std::string_view rule, Severity sev, std::string field, Part part = {}) {
        std::vector<std::pair<Severity, Part>> parts;
        parts.emplace_back(sev, std::move(part));
        addParts(rule, std::move(field), std::move(parts), false);
    }
    // A finding whose situations name vendors, at the worst severity, the worst situation
    // first; its field is that situation's member of its first vendor. Nothing when no
    // situation names a vendor.
    void addVendors(std::string_view rule, std::vector<std::pair<Severity, Part>> parts) {
        parts.erase(std::remove_if(parts.begin(), parts.end(), [](const auto& p) { return p.second.vendors.empty(); }),
                    parts.end());
        if (parts.empty()) return;
        std::stable_sort(parts.begin(), parts.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        const Part& worst = parts.front().second;
        std::string field = processorField(worst.vendors.front(), worst.member);  // before the move
        addParts(rule, std::move(field), std::move(parts), true);
    }
    // Sets the detail of the finding added last (GDPR-35: its basis ids).
    void setLastDetail(std::string d) { m_out.back().detail = std::move(d); }
    std::vector<Finding> take() { return std::move(m_out); }

private:
    void addParts(std::string_view rule, std::string field, std::vector<std::pair<Severity, Part>> parts,
                  bool namesVendors) {
        const RuleInfo& r = info(rule);
        std::vector<Part> ps;
        Severity worst = Severity::Info;
        std::vector<std::size_t> named;  // every vendor once, in the order the message names them
        for (auto& [sev, part] : parts) {
            worst = std::min(worst, sev);
            if (namesVendors)
                for (std::size_t i : part.vendors)
                    if (!contains(named, i)) named.push_back(i);
            ps.push_back(std::move(part));
        }
        std::string detail;
        for (std::size_t i : named)
            detail += (detail.empty() ? "" : ", ") +
                      (blank(m_a.processors[i].name) ? "#" + std::to_string(i + 1) : m_a.processors[i].name);
        Finding f;
        f.rule = std::string(rule);
        f.severity = worst;
        f.field = std::move(field);
        f.detail = std::move(detail);
        f.rule_set = kSet;
        f.text_en = messageOf(m_a, r, ps, Lang::En);
        f.text_nl = messageOf(m_a, r, ps, Lang::Nl);
        m_out.push_back(std::move(f));
    }

    const Activity& m_a;
    std::vector<Finding> m_out;
};

// ---- [SECTION] personal data ------------------------------------------------------------------

// DOMAIN.md 3a "No personal data": what contradicts `personal_data` = false. Data categories
// or subjects, or a screening fact that can only concern people (GDPR Art. 4(1)-(2), (4)).
bool contradictsNoPersonalData(const Activity& a, const Screening& s) {
    return !a.data_categories.empty() || !a.data_subjects.empty() || s.profiling || s.evaluation_scoring ||
           s.automated_decision || s.systematic_monitoring || s.direct_marketing || s.vulnerable_subjects ||
           s.emotion_recognition || s.biometric_categorisation || s.intimate_imagery;
}

// GDPR Art. 2(1): the GDPR applies to the processing of personal data only. An activity that
// says it processes none but contradicts that is checked as if it did.
bool gdprApplies(const Activity& a, const Screening& s) { return a.personal_data || contradictsNoPersonalData(a, s); }

// ---- [SECTION] tier ---------------------------------------------------------------------------
// First match wins; 2026.11's order with the Omnibus ban first (DOMAIN.md 3a).

// AI Act Art. 5(1)(ba) (Digital Omnibus, from 2 Dec 2026): AI that generates or manipulates
// sexual or intimate images, video or audio of real people without consent, or CSAM.
bool art5ba(const Screening& s) { return s.intimate_imagery; }

struct TierRule {
    std::string_view id;
    bool (*holds)(const Screening&);
    Tier tier;
};
constexpr TierRule kTierRules[] = {
    {"AIA-5-1-ba", art5ba, Tier::Prohibited},
    {"AIA-5-1-a", art5a, Tier::Prohibited},
    {"AIA-5-1-b", art5b, Tier::Prohibited},
    {"AIA-5-1-c", art5c, Tier::Prohibited},
    {"AIA-5-1-f", art5f, Tier::Prohibited},
    {"AIA-5-1-g", art5g, Tier::Prohibited},
    {"AIA-6-2", art62, Tier::High},
    {"AIA-ANNEX-III-1", annex1, Tier::High},
    {"AIA-50", art50, Tier::Limited},
};

// ---- [SECTION] who owes what ----------------------------------------------------------------
// Classification ids go to every role; provider duties to the provider (and, to check, to a
// deployer, importer or distributor); deployer duties to the deployer and to a provider that
// uses its own system (AI Act Art. 3(4), 3(11)). A prohibited activity only lists its Art. 5 ids.

enum class Owner { Classification, Provider, Deployer };

struct Duty {
    std::string_view id;
    Owner owner;
    bool (*holds)(const Screening&, Tier);
};
const Duty kDuties[] = {
    {"AIA-5-1-ba", Owner::Classification, [](const Screening& s, Tier) { return art5ba(s); }},
    {"AIA-5-1-a", Owner::Classification, [](const Screening& s, Tier) { return art5a(s); }},
    {"AIA-5-1-b", Owner::Classification, [](const Screening& s, Tier) { return art5b(s); }},
    {"AIA-5-1-c", Owner::Classification, [](const Screening& s, Tier) { return art5c(s); }},
    {"AIA-5-1-f", Owner::Classification, [](const Screening& s, Tier) { return art5f(s); }},
    {"AIA-5-1-g", Owner::Classification, [](const Screening& s, Tier) { return art5g(s); }},
    {"AIA-6-2", Owner::Classification, [](const Screening& s, Tier) { return art62(s); }},
    {"AIA-ANNEX-III-1", Owner::Classification, [](const Screening& s, Tier) { return annex1(s); }},
    // AI Act Art. 16 (with Art. 43, 49, 72): duties of the provider of a high-risk system.
    {"AIA-16", Owner::Provider, [](const Screening&, Tier t) { return t == Tier::High; }},
    // AI Act Art. 26: duties of the deployer of a high-risk system.
    {"AIA-26", Owner::Deployer, [](const Screening&, Tier t) { return t == Tier::High; }},
    // AI Act Art. 27: fundamental-rights impact assessment for Annex III 5(b) and 5(c).
    {"AIA-27", Owner::Deployer,
     [](const Screening& s, Tier t) {
         return t == Tier::High &&
                (s.annex_iii == AnnexIII::Creditworthiness || s.annex_iii == AnnexIII::InsurancePricing);
     }},
    // AI Act Art. 6(4): the provider documents the Art. 6(3) assessment.
    {"AIA-6-4", Owner::Provider, [](const Screening& s, Tier) { return art63Exempt(s); }},
    // AI Act Art. 50(1): the provider designs a system that interacts with people so that they
    // are told they deal with AI.
    {"AIA-50-1", Owner::Provider, [](const Screening& s, Tier) { return s.interacts_with_people; }},
    // AI Act Art. 50(2): the provider marks synthetic output in a machine-readable way.
    {"AIA-50-2", Owner::Provider, [](const Screening& s, Tier) { return s.generates_content; }},
    // AI Act Art. 50(3): the deployer informs people exposed to emotion recognition or
    // biometric categorisation.
    {"AIA-50-3", Owner::Deployer,
     [](const Screening& s, Tier) { return s.emotion_recognition || s.biometric_categorisation; }},
    // AI Act Art. 50(4): the deployer discloses deepfakes (image, audio, video: Art. 3(60)), and
    // AI text published on matters of public interest unless a person holds editorial
    // responsibility for it.
    {"AIA-50-4", Owner::Deployer,
     [](const Screening& s, Tier) { return s.deepfake || (s.public_interest_text && !s.editorial_control); }},
};

bool isArt5Id(std::string_view id) { return id.substr(0, 8) == "AIA-5-1-"; }

void decideDuties(const Activity& a, const Screening& s, Tier tier, Assessment& out) {
    const AiActRole role = a.ai_act_role;
    for (const Duty& d : kDuties) {
        if (!d.holds(s, tier)) continue;
        const std::string id(d.id);
        if (tier == Tier::Prohibited) {  // the activity must stop: only the ban itself
            if (isArt5Id(d.id)) out.obligations.push_back(id);
            continue;
        }
        switch (d.owner) {
            case Owner::Classification: out.obligations.push_back(id); break;
            case Owner::Provider:
                (role == AiActRole::Provider ? out.obligations : out.provider_duties).push_back(id);
                break;
            case Owner::Deployer:
                if (role == AiActRole::Deployer || role == AiActRole::Provider) out.obligations.push_back(id);
                break;  // importer, distributor: Art. 23-24 duties are checks on the provider
        }
    }
}

// ---- [SECTION] DPIA screen --------------------------------------------------------------------
// GDPR Art. 35(1) with the nine EDPB/WP248 criteria (a rule of thumb), Art. 35(3) (statutory)
// and the Dutch DPA's list (Stcrt. 2019, 64418; statutory under Art. 35(4)).

struct DpiaScreen {
    std::vector<int> criteria;
    std::vector<std::string> basis;
    bool statutory = false;
    DpiaVerdict verdict = DpiaVerdict::NotRequired;
};

DpiaScreen screenDpia(const Activity& a, const Screening& s) {
    DpiaScreen out;
    const bool scoredOrWatched = s.evaluation_scoring || s.profiling || s.systematic_monitoring || s.automated_decision;
    const bool c[9] = {
        s.evaluation_scoring || s.profiling,  // C1 evaluation or scoring, incl. profiling
        s.automated_decision,                 // C2 automated decision, legal or similar effect
        s.systematic_monitoring,              // C3 systematic monitoring
        hasSensitiveData(a),                  // C4 sensitive or highly personal data
        s.large_scale,                        // C5 large scale
        s.combines_datasets,                  // C6 matching or combining datasets
        // C7 vulnerable data subjects: children always; employees and job applicants when the
        // processing evaluates, monitors or decides about them (the power imbalance matters).
        s.vulnerable_subjects || hasSubject(a, DataSubject::Children) ||
            ((hasSubject(a, DataSubject::Employees) || hasSubject(a, DataSubject::JobApplicants)) && scoredOrWatched),
        s.innovative_technology,              // C8 innovative technology
        s.blocks_service,                     // C9 blocks a right, service or contract
    };
    for (int i = 0; i < 9; ++i)
        if (c[i]) {
            out.criteria.push_back(i + 1);
            out.basis.push_back("WP248-C" + std::to_string(i + 1));
        }
    auto basis = [&out](bool holds, const char* id) {
        if (!holds) return;
        out.basis.emplace_back(id);
        out.statutory = true;
    };
    // GDPR Art. 35(3)(a): systematic and extensive evaluation (profiling) with decisions of
    // legal or similarly significant effect.
    basis((s.profiling || s.evaluation_scoring) && s.automated_decision, "GDPR-35-3-a");
    // GDPR Art. 35(3)(b): large-scale processing of Art. 9 or Art. 10 data.
    basis((hasArt9Data(a) || hasCategory(a, DataCategory::Criminal)) && s.large_scale, "GDPR-35-3-b");
    // GDPR Art. 35(3)(c): large-scale systematic monitoring of a publicly accessible area.
    basis(s.public_space && s.systematic_monitoring && s.large_scale, "GDPR-35-3-c");
    // Dutch DPA list: each type only "grootschalig en/of stelselmatig" (LS), or its own condition.
    const bool ls = s.large_scale || s.systematic_monitoring;
    basis(s.annex_iii == AnnexIII::Creditworthiness && ls, "AP-4");  // 4 Creditscores
    basis((hasCategory(a, DataCategory::Financial) || hasCategory(a, DataCategory::PurchaseHistory)) && ls,
          "AP-5");                                                    // 5 Financiële situatie
    basis(hasCategory(a, DataCategory::Health) && ls, "AP-7");       // 7 Gezondheidsgegevens
    basis(s.public_space && hasCategory(a, DataCategory::ImagesVoice) && s.systematic_monitoring,
          "AP-9");                                                    // 9 Cameratoezicht
    basis(hasSubject(a, DataSubject::Employees) && s.systematic_monitoring, "AP-11");  // 11 Controle werknemers
    basis(hasCategory(a, DataCategory::Location) && ls, "AP-12");    // 12 Locatiegegevens
    basis(hasCategory(a, DataCategory::Communications) && ls, "AP-13");  // 13 Communicatiegegevens
    basis((s.profiling || s.evaluation_scoring) && ls, "AP-15");     // 15 Profilering
    basis(hasCategory(a, DataCategory::Behavioural) && ls, "AP-16");  // 16 Observatie en beïnvloeding van gedrag
    basis(hasCategory(a, DataCategory::Biometric) && ls, "AP-17");   // 17 Biometrische gegevens

    if (out.statutory || out.criteria.size() >= 2) out.verdict = DpiaVerdict::Required;
    else if (out.criteria.size() == 1) out.verdict = DpiaVerdict::Recommended;
    return out;
}

// How a DPIA basis id is cited: the article for Art. 35(3), the list entry for the AP list.
std::string basisLabel(std::string_view id, Lang lang) {
    const RuleInfo& r = info(id);
    if (id.substr(0, 3) == "AP-") return r.title(lang);
    return std::string(r.articleText(lang));
}

// The statutory bases as "art. 35 lid 3 onder a AVG; AP-lijst: Profilering, Locatiegegevens"
// (the AP list named once).
std::string statutoryLabels(const std::vector<std::string>& basis, Lang lang) {
    std::string out, ap;
    for (const std::string& id : basis) {
        if (id.rfind("WP248-", 0) == 0) continue;
        const std::string label = basisLabel(id, lang);
        if (id.rfind("AP-", 0) == 0 && !ap.empty()) {
            ap += ", " + label.substr(label.find(": ") + 2);  // "AP-lijst: X" -> ", X"
            continue;
        }
        if (id.rfind("AP-", 0) == 0) ap = label;
        else out += (out.empty() ? "" : "; ") + label;
    }
    if (!ap.empty()) out += (out.empty() ? "" : "; ") + ap;
    return out;
}

std::string wp248Label(std::size_t n, Lang lang) {
    const std::string count = std::to_string(n);
    if (lang == Lang::Nl) return "WP248: " + count + (n == 1 ? " criterium" : " criteria");
    return "WP248: " + count + (n == 1 ? " criterion" : " criteria");
}

// ---- [SECTION] findings -----------------------------------------------------------------------

// Telecommunicatiewet art. 11.7: the catalogue applications that send e-mail, SMS or push.
bool sendsElectronicMessages(const std::string& application) {
    for (const char* k : {"email_personalisation", "send_time_optimisation", "journey_automation", "llm_copywriting",
                          "next_best_action"})
        if (application == k) return true;
    return false;
}

std::vector<Finding> findingsFor(const Activity& a, const Screening& s, Tier tier, const DpiaScreen& dpia, bool gdpr) {
    FindingList out(a);
    const Severity kB = Severity::Blocker, kW = Severity::Warning, kI = Severity::Info;
    const LegalBasis lb = a.legal_basis;
    const bool children = hasSubject(a, DataSubject::Children);
    const auto& ps = a.processors;
    auto vendorsWhere = [&ps](auto pred) {
        std::vector<std::size_t> hits;
        for (std::size_t i = 0; i < ps.size(); ++i)
            if (pred(ps[i])) hits.push_back(i);
        return hits;
    };
    auto isProcessor = [](const Processor& p) { return p.role == VendorRole::Processor; };

    // GDPR Art. 4(1): "no personal data" contradicted by the activity's own answers.
    if (!a.personal_data && gdpr) out.add("GDPR-PD", kW, "personal_data");
    // GDPR Art. 2(1): no personal data, so the GDPR does not apply.
    if (!gdpr) out.add("GDPR-NONE", kI, "personal_data");
    // GDPR Art. 5(1)(b): purpose limitation needs a specified purpose (and so does any activity).
    if (blank(a.purpose)) out.add("GDPR-5-1-b", kB, "purpose");
    if (gdpr) {
        // GDPR Art. 5(1)(c): data minimisation starts with knowing which data.
        if (a.data_categories.empty()) out.add("GDPR-5-1-c", kW, "data_categories");
        // GDPR Art. 5(1)(e): storage limitation; Art. 30(1)(f) erasure time limits.
        if (blank(a.retention)) out.add("GDPR-5-1-e", kW, "retention");
        // GDPR Art. 6(1): every processing needs a legal basis.
        if (lb == LegalBasis::None) out.add("GDPR-6", kB, "legal_basis");
        // GDPR Art. 6(1)(f): legitimate interests need a documented balancing test.
        if (lb == LegalBasis::LegitimateInterests && !a.lia_documented) out.add("GDPR-6-1-f", kW, "lia_documented");
        // GDPR Art. 6(1)(e): public task is rarely open to a company.
        if (lb == LegalBasis::PublicTask) out.add("GDPR-6-1-e", kW, "legal_basis");
        // GDPR Art. 8 + UAVG art. 5: consent of a child under 16 needs a parent.
        if (children && lb == LegalBasis::Consent) out.add("GDPR-8", kW, "legal_basis");
        // GDPR Art. 9(1)-(2): special categories need an Art. 9(2) condition.
        if (hasArt9Data(a) && a.art9_condition == Art9Condition::None) out.add("GDPR-9", kB, "art9_condition");
        // GDPR Art. 10 + UAVG art. 31-33: criminal-offence data.
        if (hasCategory(a, DataCategory::Criminal)) out.add("GDPR-10", kW, "data_categories");
        // GDPR Art. 13-14: inform the people concerned.
        if (!a.transparency_notice) out.add("GDPR-13", kW, "transparency_notice");
        // GDPR Art. 21(2)-(3): objection to direct marketing (and profiling for it) is absolute.
        const bool art21 = s.direct_marketing && !a.opt_out;
        if (art21) out.add("GDPR-21", kB, "opt_out");
        // GDPR Art. 21(1) and (4): objection to processing on legitimate interests or a public
        // task, on grounds of the person's situation, told explicitly.
        if ((lb == LegalBasis::LegitimateInterests || lb == LegalBasis::PublicTask) && !a.opt_out && !art21)
            out.add("GDPR-21-1", kW, "opt_out");
        // GDPR Art. 22(3): solely automated decisions need human intervention on request.
        if (s.automated_decision && !s.human_review) out.add("GDPR-22", kB, "screening.human_review");
        // GDPR Art. 22(2): only (a) a contract, (b) a law (UAVG art. 40: a legal obligation or
        // public task, not for profiling) or (c) explicit consent allow such a decision.
        if (s.automated_decision) {
            const bool allowed = lb == LegalBasis::Contract ||
                                 ((lb == LegalBasis::LegalObligation || lb == LegalBasis::PublicTask) && !s.profiling) ||
                                 (lb == LegalBasis::Consent && a.consent_explicit);
            if (!allowed) out.add("GDPR-22-2", kB, "legal_basis");
        }
        // GDPR Art. 22(4): automated decisions on Art. 9 data only under Art. 9(2)(a) or (g).
        if (s.automated_decision && hasArt9Data(a) && a.art9_condition != Art9Condition::ExplicitConsent &&
            a.art9_condition != Art9Condition::SubstantialPublicInterest)
            out.add("GDPR-22-4", kB, "art9_condition");
        // GDPR Art. 26: joint controllers determine their responsibilities in an arrangement.
        out.addVendors("GDPR-26", {{kB, {"", vendorsWhere([](const Processor& p) {
                                           return p.role == VendorRole::JointController && !p.dpa_signed;
                                       }), "dpa_signed"}}});
        // GDPR Art. 28(3): a processor needs a binding processing agreement.
        out.addVendors("GDPR-28", {{kB, {"", vendorsWhere([&](const Processor& p) {
                                           return isProcessor(p) && !p.dpa_signed;
                                       }), "dpa_signed"}}});
        // GDPR Art. 30(1)(g) and 32: security of processing.
        if (blank(a.security_measures)) out.add("GDPR-32", kW, "security_measures");
        // GDPR Art. 44-49 (vendors of every role): a transfer outside the EEA needs adequacy,
        // SCCs or BCRs; an Art. 49 derogation is for occasional transfers only; Art. 30(1)(e):
        // the record names the countries.
        out.addVendors(
            "GDPR-44",
            {{kB, {"", vendorsWhere([](const Processor& p) {
                       return p.outside_eu && p.transfer_safeguard == TransferSafeguard::None;
                   }), "transfer_safeguard"}},
             {kW, {"derogation", vendorsWhere([](const Processor& p) {
                       return p.outside_eu && p.transfer_safeguard == TransferSafeguard::Derogation;
                   }), "transfer_safeguard"}},
             {kW, {"no_country", vendorsWhere([](const Processor& p) { return blank(p.country); }), "country"}}});
        // GDPR Art. 28(10), 6(1), 6(4), 13(1)(e): a processor that uses your data for its own
        // purposes is a controller for that use (processors only; "unknown" is not ruled out).
        out.addVendors("GDPR-REUSE",
                       {{kB, {"", vendorsWhere([&](const Processor& p) {
                                 return isProcessor(p) && p.reuses_data_for_training == TrainingReuse::Yes;
                             }), "reuses_data_for_training"}},
                        {kW, {"unknown", vendorsWhere([&](const Processor& p) {
                                 return isProcessor(p) && p.reuses_data_for_training == TrainingReuse::Unknown;
                             }), "reuses_data_for_training"}}});
        // GDPR Art. 35(1), (3), (4): a DPIA before processing likely to result in a high risk;
        // mandatory for the Art. 35(3) cases and the AP list, a rule of thumb for WP248.
        if (dpia.verdict == DpiaVerdict::Required && a.dpia != DpiaStatus::Done) {
            Part p;
            std::string ids;
            for (const std::string& id : dpia.basis)
                if (dpia.statutory != (id.rfind("WP248-", 0) == 0)) ids += (ids.empty() ? "" : ",") + id;
            if (dpia.statutory) {
                p.basis_en = statutoryLabels(dpia.basis, Lang::En);
                p.basis_nl = statutoryLabels(dpia.basis, Lang::Nl);
            } else {
                p.basis_en = wp248Label(dpia.criteria.size(), Lang::En);
                p.basis_nl = wp248Label(dpia.criteria.size(), Lang::Nl);
            }
            Severity sev;
            if (a.dpia == DpiaStatus::Planned) {
                const bool running = a.lifecycle == Lifecycle::Pilot || a.lifecycle == Lifecycle::Production;
                p.variant = running ? "planned_running" : "planned";
                sev = running ? kB : kW;
            } else {
                p.variant = dpia.statutory ? "" : "wp248";
                sev = dpia.statutory ? kB : kW;
            }
            out.add("GDPR-35", sev, "dpia", std::move(p));
            out.setLastDetail(ids);
        }
        // Telecommunicatiewet art. 11.7a: consent before tracking cookies, pixels and the like.
        if (hasSubject(a, DataSubject::WebsiteVisitors) && (hasCategory(a, DataCategory::Behavioural) || s.profiling) &&
            lb != LegalBasis::Consent)
            out.add("TW-11-7A", kW, "legal_basis");
        // Telecommunicatiewet art. 11.7: opt-in for e-mail, SMS and push marketing.
        if (s.direct_marketing && sendsElectronicMessages(a.application) && lb != LegalBasis::Consent)
            out.add("TW-11-7", kW, "legal_basis");
    }
    // Consumer Rights Directive Art. 6(1)(ea), Book 6 BW: disclose a personalised price.
    if (a.application == "dynamic_pricing" && (s.profiling || s.automated_decision))
        out.add("CONS-PRICE", kW, "transparency_notice");
    // Regulation (EU) 2024/900 Art. 18 (targeting with personal data): data from the person,
    // separate explicit consent, no special categories, no minors.
    if (gdpr && (s.annex_iii == AnnexIII::Elections || a.application == "political_microtargeting") &&
        (!(lb == LegalBasis::Consent && a.consent_explicit) || hasArt9Data(a) || children))
        out.add("TTPA-18", kB, "legal_basis");
    // AI Act Art. 5: a prohibited practice must stop; a retired activity has stopped.
    if (tier == Tier::Prohibited && a.lifecycle != Lifecycle::Retired) out.add("AIA-5", kB, "lifecycle");
    // AI Act Art. 5, 6 and 50 can only be judged after a screening.
    if (!a.screening) out.add("AIA-UNASSESSED", kW, "screening");
    // AI Act Art. 25: a deployer that rebrands, substantially modifies or repurposes a
    // high-risk system becomes its provider.
    if (tier == Tier::High && a.ai_act_role == AiActRole::Deployer) out.add("AIA-25", kI, "ai_act_role");
    // Good practice (DDMA, seeds 000-002): human in the loop for scoring and decisions.
    if ((s.profiling || s.evaluation_scoring || s.automated_decision) && blank(a.human_oversight))
        out.add("ETH-HUMAN", kW, "human_oversight");
    // Good practice: monitor profiling and scoring for bias.
    if ((s.profiling || s.evaluation_scoring) && blank(a.bias_monitoring)) out.add("ETH-BIAS", kW, "bias_monitoring");
    // GDPR recitals 38 and 71, WP251: no profiling of children (under 18) for marketing.
    if (children && (s.profiling || s.direct_marketing)) out.add("ETH-CHILDREN", kW, "data_subjects");
    // Good practice: check the rights to generated content (copyright, licences).
    if (s.generates_content && !a.content_rights_checked) out.add("ETH-COPYRIGHT", kW, "content_rights_checked");
    // Good practice (GDPR Art. 28(1) and 32: sufficient guarantees): a processor's certificate.
    out.addVendors("VENDOR-CERT", {{kI, {"", vendorsWhere([&](const Processor& p) {
                                        return isProcessor(p) && !contains(p.certifications, Certification::Iso27001) &&
                                               !contains(p.certifications, Certification::Soc2);
                                    }), "certifications"}}});
    return out.take();
}

}  // namespace

// ---- [SECTION] assess, register findings ------------------------------------------------------

Assessment assess2026_12(const Activity& a) {
    const Screening none{};
    const Screening& s = a.screening ? *a.screening : none;
    Assessment out;
    out.rule_set = kSet;
    out.role = a.ai_act_role;
    out.gdpr_applies = gdprApplies(a, s);
    if (a.screening) {
        out.tier = Tier::Minimal;
        for (const TierRule& r : kTierRules)
            if (r.holds(s)) {
                out.tier = r.tier;
                out.tier_rule = std::string(r.id);
                break;
            }
        decideDuties(a, s, out.tier, out);
    }
    DpiaScreen dpia;
    if (out.gdpr_applies) dpia = screenDpia(a, s);  // no personal data: no DPIA, no basis
    out.dpia = dpia.verdict;
    out.dpia_criteria = dpia.criteria;
    out.dpia_basis = dpia.basis;
    out.findings = findingsFor(a, s, out.tier, dpia, out.gdpr_applies);
    return out;
}

std::vector<Finding> registerFindings2026_12(std::span<const Activity> activities,
                                            const std::optional<Controller>& controller) {
    std::vector<Finding> out;
    // GDPR Art. 30(1)(a): the record names the controller and its contact details (and the
    // DPO's). Only a register that records some processing of personal data needs it.
    const bool personal = std::any_of(activities.begin(), activities.end(), [](const Activity& a) {
        const Screening none{};
        return gdprApplies(a, a.screening ? *a.screening : none);
    });
    const bool named = controller && !blank(controller->name) && !blank(controller->contact);
    if (personal && !named) {
        const RuleInfo& r = info("GDPR-30");
        Finding f;
        f.rule = "GDPR-30";
        f.severity = Severity::Warning;
        f.field = "controller";
        f.rule_set = kSet;
        f.text_en = thenSentence(r.title(Lang::En), r.fix(Lang::En)) + " (" + std::string(r.article) + ")";
        f.text_nl = thenSentence(r.title(Lang::Nl), r.fix(Lang::Nl)) + " (" + std::string(r.article_nl) + ")";
        out.push_back(std::move(f));
    }
    return out;
}

// ---- [SECTION] tierReason, dpiaReason -----------------------------------------------------------

std::string tierReason2026_12(const Activity& a, Lang lang) {
    const TierReasonTexts& t = tierReasonTexts();
    const TierReasonTexts12& t12 = tierReasonTexts12();
    const Assessment as = assess2026_12(a);
    if (!a.screening) return std::string(t.unassessed.in(lang));
    if (as.tier_rule == "AIA-5-1-ba")
        return std::string(t12.prohibited_ba.in(lang)) + " (" + std::string(t12.art_5ba.in(lang)) + ")";
    // The other prohibitions, the high-risk and the minimal tier: 2026.11's sentence.
    std::string out;
    if (as.tier != Tier::Limited) {
        out = tierReason(a, lang, RuleSet::R2026_11);
        if (as.tier == Tier::Prohibited) return out;  // the role changes nothing: it must stop
    } else {
        const Screening& s = *a.screening;
        std::vector<std::string_view> what;
        if (s.interacts_with_people) what.push_back(t.talks.in(lang));
        if (s.generates_content) what.push_back(t.generates.in(lang));
        if (s.deepfake) what.push_back(t.deepfakes.in(lang));
        if (s.public_interest_text) what.push_back(t.public_text.in(lang));
        std::vector<std::string> w(what.begin(), what.end());
        out = fill(std::string(t12.limited.in(lang)), "{what}", joinNames(w, lang));
        if (art63Exempt(s)) out += fill(std::string(t.exempt_suffix.in(lang)), "{area}", annexAreaText(s.annex_iii, lang));
        out += " (" + std::string(t.art_50.in(lang)) + ")";
        // Who owes the Art. 50 duties (DOMAIN.md 3a "Who owes what").
        std::vector<std::string> duties;
        const bool provider = a.ai_act_role == AiActRole::Provider;
        const bool deploys = provider || a.ai_act_role == AiActRole::Deployer;
        if (s.interacts_with_people) duties.emplace_back((provider ? t12.you_tell : t12.provider_tells).in(lang));
        if (s.generates_content) duties.emplace_back((provider ? t12.you_mark : t12.provider_marks).in(lang));
        const bool discloseText = s.public_interest_text && !s.editorial_control;
        if (deploys && (s.deepfake || discloseText)) {
            std::vector<std::string> objects;
            if (s.deepfake) objects.emplace_back(t12.disclose_deepfakes.in(lang));
            if (discloseText) objects.emplace_back(t12.disclose_text.in(lang));
            duties.push_back(fill(std::string(t12.you_disclose.in(lang)), "{what}", joinNames(objects, lang)));
        } else if (deploys && s.generates_content) {
            duties.emplace_back(t12.you_disclose_only.in(lang));
        }
        for (const std::string& d : duties) out += ". " + d;
    }
    const Text2& role = a.ai_act_role == AiActRole::Provider   ? t12.role_provider
                        : a.ai_act_role == AiActRole::Importer ? t12.role_importer
                        : a.ai_act_role == AiActRole::Distributor ? t12.role_distributor
                                                                  : t12.role_deployer;
    return out + ". " + std::string(role.in(lang)) + ".";
}

std::string statutoryLabels2026_12(const std::vector<std::string>& basis, Lang lang) {
    return statutoryLabels(basis, lang);
}

bool isDeployerDuty2026_12(std::string_view id) {
    for (const Duty& d : kDuties)
        if (d.id == id) return d.owner == Owner::Deployer;
    return false;
}

std::string dpiaReason2026_12(const Assessment& as, Lang lang) {
    const bool nl = lang == Lang::Nl;
    if (!as.gdpr_applies) return nl ? "Geen DPIA nodig: geen persoonsgegevens" : "No DPIA needed: no personal data";
    const std::string law = statutoryLabels(as.dpia_basis, lang);
    if (!law.empty()) return (nl ? "DPIA verplicht (" : "DPIA mandatory (") + law + ")";
    const std::size_t n = as.dpia_criteria.size();
    if (n >= 2)
        return nl ? "DPIA vereist (vuistregel WP248: " + std::to_string(n) + " criteria)"
                  : "DPIA required (WP248 rule of thumb: " + std::to_string(n) + " criteria)";
    if (n == 1) return nl ? "DPIA aanbevolen (WP248: 1 criterium)" : "DPIA recommended (WP248: 1 criterion)";
    return std::string(labelOf(DpiaVerdict::NotRequired, lang));
}

}  // namespace air::rules::detail
