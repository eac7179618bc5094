// What the review report says (report_view.hpp): words, date formats and the per-activity
// view both renderers share.
//
// [SECTIONS]
//   [WORDS]  the report's fixed texts in English and Dutch, screening flag labels
//   [DATES]  report dates per language
//   [VIEW]   buildView: assessment, Art. 30 record, AI Act, DPIA, findings, review, workshops
#include "io/report_view.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/catalogue.hpp"
#include "core/framework.hpp"

namespace air::io::reportview {

// ============================================================================ [WORDS]

namespace {

struct Text2 {
    std::string_view en, nl;
};

// Indexed by W; checked against W::COUNT below.
constexpr Text2 kWords[] = {
    {"Legal review report", "Rapport voor juridische beoordeling"},
    {"AI activity register", "Register van AI-activiteiten"},
    {"Organisation", "Organisatie"},
    {"Report date", "Rapportdatum"},
    {"Rule set", "Regelset"},
    {"This report supports a legal review; it is not legal advice. Risk levels, obligations, "
     "the DPIA screen and findings follow from the answers recorded in the register and the rule "
     "set named above.",
     "Dit rapport ondersteunt een juridische beoordeling, maar is geen juridisch advies. "
     "Risiconiveaus, verplichtingen, de DPIA-toets en bevindingen volgen uit de antwoorden in "
     "het register en de hierboven genoemde regelset."},
    {"Summary", "Samenvatting"},
    {"Activities", "Activiteiten"},
    {"AI Act risk level", "Risiconiveau volgens de AI-verordening"},
    {"Review status", "Beoordelingsstatus"},
    {"Open blockers", "Openstaande blokkerende bevindingen"},
    {"Activities with blockers", "Activiteiten met blokkerende bevindingen"},
    {"DPIA mandatory (GDPR Art. 35(3) or Dutch DPA list)", "DPIA verplicht (art. 35 lid 3 AVG of AP-lijst)"},
    {"DPIA recommended", "DPIA aanbevolen"},
    {"Reviews due", "Beoordelingen die aan de beurt zijn"},
    {"Contents", "Inhoud"},
    {"Activity", "Activiteit"},
    {"Risk level", "Risiconiveau"},
    {"Review", "Beoordeling"},
    {"Blockers", "Blokkerend"},
    {"DPIA", "DPIA"},
    {"ID", "ID"},
    {"Owner", "Eigenaar"},
    {"Vendor", "Leverancier"},
    {"Stage", "Levensfase"},
    {"AI Act role", "Rol onder de AI-verordening"},
    {"Application", "Toepassing"},
    {"Record of processing (GDPR Art. 30)", "Verwerkingsregister (art. 30 AVG)"},
    {"Purpose", "Doel (doelbinding)"},
    {"Description", "Omschrijving"},
    {"Data subjects", "Betrokkenen"},
    {"Personal data", "Persoonsgegevens"},
    {"Legal basis (GDPR Art. 6(1))", "Grondslag (art. 6 lid 1 AVG)"},
    {"legitimate-interest assessment on file", "belangenafweging vastgelegd"},
    {"no legitimate-interest assessment on file", "geen belangenafweging vastgelegd"},
    {"Condition for special data (GDPR Art. 9(2))", "Uitzondering voor bijzondere gegevens (art. 9 lid 2 AVG)"},
    {"Vendors and their role", "Leveranciers en hun rol"},
    {"Transfers outside the EEA (GDPR Art. 30(1)(e))", "Doorgifte buiten de EER (art. 30 lid 1 onder e AVG)"},
    {"None", "Geen"},
    {"no safeguard recorded", "geen waarborg vastgelegd"},
    {"Retention", "Bewaartermijn"},
    {"Security measures (GDPR Art. 30(1)(g) and 32)", "Beveiligingsmaatregelen (art. 30 lid 1 onder g en art. 32 AVG)"},
    {"no ISO 27001 or SOC 2 on file", "geen ISO 27001 of SOC 2 bekend"},
    {"People informed (privacy notice)", "Betrokkenen geïnformeerd (privacyverklaring)"},
    {"Objection or opt-out offered", "Bezwaar of opt-out mogelijk"},
    {"DPIA (the assessment itself)", "DPIA (de beoordeling zelf)"},
    {"Vendor", "Leverancier"},
    {"Agreement (Art. 28 or 26)", "Overeenkomst (art. 28 of 26)"},
    {"Outside the EEA", "Buiten de EER"},
    {"Transfer safeguard", "Doorgiftewaarborg"},
    {"Certifications", "Certificeringen"},
    {"Uses our data for its own purposes", "Gebruikt onze data voor eigen doeleinden"},
    {"AI Act", "AI-verordening"},
    {"Risk level", "Risiconiveau"},
    {"Annex III area", "Gebied uit bijlage III"},
    {"Screening answers that apply", "Screeningsantwoorden die van toepassing zijn"},
    {"No screening yet", "Nog geen screening"},
    {"Human oversight", "Menselijk toezicht"},
    {"Bias monitoring", "Controle op bias"},
    {"Rights to generated content checked", "Rechten op gegenereerde content gecontroleerd"},
    {"Obligations", "Verplichtingen"},
    {"No AI Act obligations follow from the screening.",
     "Uit de screening volgen geen verplichtingen onder de AI-verordening."},
    {"Rule", "Regel"},
    {"Obligation and what to do", "Verplichting en wat te doen"},
    {"Article", "Artikel"},
    {"Applies from", "Geldt vanaf"},
    {"DPIA screen (GDPR Art. 35)", "DPIA-toets (art. 35 AVG)"},
    {"{n} of 9 criteria", "{n} van de 9 criteria"},
    {"No criterion applies.", "Geen enkel criterium is van toepassing."},
    {"Findings", "Bevindingen"},
    {"No findings.", "Geen bevindingen."},
    {"Severity", "Ernst"},
    {"Finding and fix", "Bevinding en oplossing"},
    {"Review", "Beoordeling"},
    {"Status", "Status"},
    {"Reviewer", "Beoordelaar"},
    {"Reviewed on", "Beoordeeld op"},
    {"Next review", "Volgende beoordeling"},
    {"due", "aan de beurt"},
    {"Created", "Aangemaakt"},
    {"Last changed", "Laatst gewijzigd"},
    {"Notes", "Notities"},
    {"Workshop outcomes", "Uitkomsten van workshops"},
    {"Facilitator", "Begeleider"},
    {"Votes per principle", "Stemmen per principe"},
    {"Principle", "Principe"},
    {"Green", "Groen"},
    {"Amber", "Oranje"},
    {"Red", "Rood"},
    {"Actions", "Acties"},
    {"Action", "Actie"},
    {"Due", "Deadline"},
    {"Done", "Gereed"},
    {"Recent changes", "Recente wijzigingen"},
    {"When", "Wanneer"},
    {"Who", "Wie"},
    {"What", "Wat"},
    {"Yes", "Ja"},
    {"No", "Nee"},
    {"(not filled in)", "(niet ingevuld)"},
    {"Page", "Pagina"},
    {"of", "van"},
    {"Back to contents", "Terug naar de inhoud"},
    {"The register has no activities yet.", "Het register bevat nog geen activiteiten."},
    {"Art. 9", "art. 9"},
    {"Art. 10", "art. 10"},
    {"Made with the AI activity register, rule set {v}. Not legal advice.",
     "Gemaakt met het register van AI-activiteiten, regelset {v}. Geen juridisch advies."},
    {"Count", "Aantal"},
    {"Your duties", "Uw verplichtingen"},
    {"Check that your provider does this", "Controleer dat uw aanbieder dit doet"},
    {"These are duties of the system's provider, not yours. Ask your provider to show that it "
     "meets them, and keep what it sends you.",
     "Dit zijn plichten van de aanbieder van het systeem, niet van u. Vraag uw aanbieder aan te "
     "tonen dat hij eraan voldoet, en bewaar wat u ontvangt."},
    {"No duties of a provider to check.", "Er zijn geen plichten van een aanbieder om te controleren."},
    {"You are the provider: the provider's duties are among your duties above.",
     "U bent zelf de aanbieder: de plichten van de aanbieder staan hierboven bij uw verplichtingen."},
    {"DPIA required (WP248 rule of thumb)", "DPIA vereist (vuistregel WP248)"},
    {"DPIA mandatory", "DPIA verplicht"},
    {"DPIA required (rule of thumb)", "DPIA vereist (vuistregel)"},
    {"What the screen rests on", "Waarop de toets berust"},
    {"Basis", "Grond"},
    {"The register as a whole", "Het register als geheel"},
    {"No findings about the register as a whole.", "Geen bevindingen over het register als geheel."},
    {"Controller (GDPR Art. 30(1)(a))", "Verwerkingsverantwoordelijke (art. 30 lid 1 onder a AVG)"},
    {"Data protection officer", "Functionaris gegevensbescherming"},
    {"Source", "Bron"},
    {"This activity processes no personal data: the GDPR does not apply. Check again when that changes.",
     "Deze activiteit verwerkt geen persoonsgegevens: de AVG is niet van toepassing. Controleer dit opnieuw als dat verandert."},
    {"Recipients (GDPR Art. 30(1)(d))", "Ontvangers (art. 30 lid 1 onder d AVG)"},
    {"Vendors' certifications (an indication, not proof)", "Certificeringen van leveranciers (een aanwijzing, geen bewijs)"},
    {"country not recorded", "land niet vastgelegd"},
    {"Role", "Rol"},
    {"Country", "Land"},
    {"Our framework", "Ons kader"},
    {"The principles and red lines the team adopted for itself, beyond what the law requires. Each activity lists the ones it touches.",
     "De principes en rode lijnen die het team voor zichzelf heeft vastgesteld, bovenop wat de wet vereist. Elke activiteit noemt de punten die zij raakt."},
    {"The team has not adopted principles or red lines of its own.",
     "Het team heeft geen eigen principes of rode lijnen vastgesteld."},
    {"Proposed, not yet adopted", "Voorgesteld, nog niet vastgesteld"},
    {"Kind", "Soort"},
    {"Principle or red line", "Principe of rode lijn"},
    {"Applies to", "Van toepassing op"},
    {"Adopted", "Vastgesteld"},
    {"Show of hands", "Handopsteken"},
    {"Our framework", "Ons kader"},
    {"This activity touches these adopted principles and red lines; check that it respects them.",
     "Deze activiteit raakt deze vastgestelde principes en rode lijnen; controleer of zij ze respecteert."},
    {"because", "omdat"},
};
static_assert(std::size(kWords) == std::size_t(W::COUNT), "a text for every report word");


}  // namespace

std::string_view word(W w, Lang lang) {
    const Text2& t = kWords[std::size_t(w)];
    return lang == Lang::Nl ? t.nl : t.en;
}

std::string_view flagLabel(std::size_t i, Lang lang) {
    if (i >= std::size(kScreeningFlags)) return {};
    return lang == Lang::Nl ? kScreeningFlags[i].nl : kScreeningFlags[i].en;
}

// ============================================================================ [DATES]

std::string formatDate(std::string_view iso, Lang lang) {
    if (!rules::isIsoDate(iso)) return std::string(iso);
    static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string_view y = iso.substr(0, 4), m = iso.substr(5, 2), d = iso.substr(8, 2);
    if (lang == Lang::Nl) return std::string(d) + "-" + std::string(m) + "-" + std::string(y);
    const int month = (m[0] - '0') * 10 + (m[1] - '0');
    const std::string_view day = d[0] == '0' ? d.substr(1) : d;
    return std::string(day) + " " + std::string(kMonths[month - 1]) + " " + std::string(y);
}

std::string formatTimestamp(std::string_view ts, Lang lang) {
    if (ts.size() < 10 || !rules::isIsoDate(ts.substr(0, 10))) return std::string(ts);
    std::string out = formatDate(ts.substr(0, 10), lang);
    if (ts.size() >= 16 && (ts[10] == 'T' || ts[10] == 't' || ts[10] == ' ') && ts[13] == ':') {
        out += " " + std::string(ts.substr(11, 5));
        const char last = ts.back();
        if (last == 'Z' || last == 'z') {
            out += " UTC";
        } else if (ts.size() >= 22) {
            const std::string_view zone = ts.substr(ts.size() - 6);
            if ((zone[0] == '+' || zone[0] == '-') && zone[3] == ':') out += " UTC" + std::string(zone);
        }
    }
    return out;
}

// ============================================================================= [VIEW]

namespace {

Row textRow(W label, const std::string& text, Lang lang) {
    return Row{std::string(word(label, lang)), text, text.empty()};
}

Row yesNoRow(W label, bool value, Lang lang) {
    return Row{std::string(word(label, lang)), std::string(word(value ? W::Yes : W::No, lang)), false};
}

template <class E>
Row enumRow(W label, E value, Lang lang) {
    const bool missing = keyOf(value).empty();
    return Row{std::string(word(label, lang)), missing ? std::string() : std::string(labelOf(value, lang)),
               missing};
}

template <class E>
std::string joinLabels(const std::vector<E>& values, Lang lang) {
    std::string out;
    for (E v : values) {
        if (!out.empty()) out += ", ";
        out += labelOf(v, lang);
    }
    return out;
}

std::string joinList(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const std::string& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

std::string replaceAll(std::string text, std::string_view what, std::string_view with) {
    for (std::size_t at = text.find(what); at != text.npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
    return text;
}

// One obligation or duty id as a row: title, what to do, article, application date.
ObligationRow obligationRow(const std::string& id, rules::RuleSet rs, Lang lang) {
    ObligationRow r;
    r.id = id;
    if (const rules::RuleInfo* info = rules::ruleInfo(id, rs)) {
        r.title = info->title(lang);
        r.fix = info->fix(lang);
        r.article = info->articleText(lang);
        r.appliesFrom = formatDate(info->applies_from, lang);
    }
    return r;
}

// A DPIA the law requires: an Art. 35(3) GDPR case or a Dutch DPA list type (2026.12), as
// against one the WP248 rule of thumb asks for.
bool isStatutoryDpia(const rules::Assessment& as) {
    return as.dpia == DpiaVerdict::Required &&
           std::any_of(as.dpia_basis.begin(), as.dpia_basis.end(),
                       [](const std::string& id) { return id.rfind("WP248-", 0) != 0; });
}

FindingRow findingRow(const rules::Finding& f, Lang lang) {
    const rules::RuleInfo* info = rules::ruleInfo(f.rule, f.rule_set);
    return {f.severity, f.rule, info ? std::string(info->articleText(lang)) : std::string(), f.message(lang)};
}

// Art. 30 record, processors, transfers and security of one activity.
void fillArt30(ActivityView& v, const Activity& a, Lang lang) {
    v.purpose = textRow(W::Purpose, a.purpose, lang);
    v.description = textRow(W::Description, a.description, lang);
    v.subjects = Row{std::string(word(W::DataSubjects, lang)), joinLabels(a.data_subjects, lang),
                     a.data_subjects.empty()};
    for (DataCategory c : a.data_categories) {
        CategoryItem item{std::string(labelOf(c, lang)), isArt9(c) ? 9 : isSpecial(c) ? 10 : 0};
        // "Criminal convictions (Art. 10)": the tag says it already.
        const std::string suffix = " (" + std::string(word(W::Art10Tag, lang)) + ")";
        if (item.article == 10 && item.label.size() > suffix.size() &&
            item.label.compare(item.label.size() - suffix.size(), suffix.size(), suffix) == 0)
            item.label.resize(item.label.size() - suffix.size());
        v.categories.push_back(std::move(item));
    }
    v.legalBasis = enumRow(W::LegalBasis, a.legal_basis, lang);
    if (a.legal_basis == LegalBasis::LegitimateInterests)
        v.legalBasis.text += "; " + std::string(word(a.lia_documented ? W::LiaOnFile : W::LiaMissing, lang));
    v.showArt9 = a.art9_condition != Art9Condition::None ||
                 std::any_of(a.data_categories.begin(), a.data_categories.end(), isArt9);
    v.art9 = enumRow(W::Art9Condition, a.art9_condition, lang);

    v.personalData = a.personal_data;
    v.recipients = textRow(W::RecipientsArt30, a.recipients, lang);
    std::vector<std::string> transfers, certs;
    bool countryMissing = false;
    for (const Processor& p : a.processors) {
        ProcessorRow r;
        r.name = p.name;
        r.role = labelOf(p.role, lang);
        r.country = p.country.empty() ? std::string(word(W::CountryMissing, lang)) : p.country;
        r.countryMissing = p.country.empty();
        r.dpa = word(p.dpa_signed ? W::Yes : W::No, lang);
        r.outside = word(p.outside_eu ? W::Yes : W::No, lang);
        r.safeguard = p.transfer_safeguard == TransferSafeguard::None
                          ? std::string(p.outside_eu ? word(W::NoSafeguard, lang) : "")
                          : std::string(labelOf(p.transfer_safeguard, lang));
        r.certs = joinLabels(p.certifications, lang);
        r.reuse = labelOf(p.reuses_data_for_training, lang);
        // An independent controller needs no Art. 28 or 26 agreement (rule set 2026.12).
        r.dpaMissing = !p.dpa_signed && p.role != VendorRole::Controller;
        r.safeguardMissing = p.outside_eu && p.transfer_safeguard == TransferSafeguard::None;
        countryMissing = countryMissing || r.countryMissing;
        v.processors.push_back(r);
        if (p.outside_eu) transfers.push_back(p.name + " (" + r.country + "): " + r.safeguard);
        else if (r.countryMissing) transfers.push_back(p.name + ": " + r.country);
        certs.push_back(p.name + ": " + (p.certifications.empty() ? std::string(word(W::NoCertification, lang))
                                                                   : r.certs));
    }
    // Art. 30(1)(e): a transfer, or a vendor whose country is not recorded, is named; "None"
    // only when every vendor's country is known and none is outside the EEA.
    v.transfers = Row{std::string(word(W::Transfers, lang)),
                      transfers.empty() ? std::string(word(W::NoneWord, lang)) : joinList(transfers, "; "), false,
                      countryMissing};
    v.retention = textRow(W::Retention, a.retention, lang);
    v.security = textRow(W::Security, a.security_measures, lang);
    v.certifications = Row{std::string(word(W::VendorCerts, lang)), joinList(certs, "; "), certs.empty()};
    v.transparency = yesNoRow(W::Transparency, a.transparency_notice, lang);
    v.optOut = yesNoRow(W::OptOut, a.opt_out, lang);
    v.dpiaStatus = enumRow(W::DpiaStatus, a.dpia, lang);
}

void fillAiAct(ActivityView& v, const Activity& a, const rules::Assessment& as, Lang lang) {
    v.tier = as.tier;
    v.tierReason = rules::tierReason(a, lang, as.rule_set);
    v.tierReasonShort = v.tierReason;
    const std::string prefix = std::string(labelOf(as.tier, lang)) + ": ";
    if (v.tierReason.rfind(prefix, 0) == 0 && v.tierReason.size() > prefix.size()) {
        v.tierReasonShort = v.tierReason.substr(prefix.size());
        char& first = v.tierReasonShort[0];
        if (first >= 'a' && first <= 'z') first = char(first - 'a' + 'A');
    }
    if (a.screening && a.screening->annex_iii != AnnexIII::None)
        v.aiAct.push_back({std::string(word(W::AnnexArea, lang)),
                           std::string(rules::annexAreaText(a.screening->annex_iii, lang)) + " (" +
                               std::string(rules::annexPointText(a.screening->annex_iii, lang)) + ")",
                           false});
    std::string answers;
    if (!a.screening) {
        answers = word(W::NoScreening, lang);
    } else {
        for (std::size_t i = 0; i < std::size(kScreeningFlags); ++i)
            if ((*a.screening).*(kScreeningFlags[i].member)) {
                if (!answers.empty()) answers += ", ";
                answers += flagLabel(i, lang);
            }
        if (answers.empty()) answers = word(W::NoneWord, lang);
    }
    v.aiAct.push_back({std::string(word(W::ScreeningAnswers, lang)), answers, false});
    v.aiAct.push_back(textRow(W::HumanOversight, a.human_oversight, lang));
    v.aiAct.push_back(textRow(W::BiasMonitoring, a.bias_monitoring, lang));
    v.aiAct.push_back(yesNoRow(W::ContentRights, a.content_rights_checked, lang));

    v.role = as.role;
    for (const std::string& id : as.obligations) v.obligations.push_back(obligationRow(id, as.rule_set, lang));
    for (const std::string& id : as.provider_duties) {
        v.providerDuties.push_back(obligationRow(id, as.rule_set, lang));
        // Worded as what to check that the provider does (the duty's own text is the provider's).
        if (const std::string_view check = rules::providerCheck(id, lang); !check.empty())
            v.providerDuties.back().fix = std::string(check);
    }
}

// The DPIA screen: verdict, the reason as rules::dpiaReason words it, and every basis with
// its plain text (WP248 criteria, Art. 35(3) GDPR cases, Dutch DPA list types).
void fillDpia(ActivityView& v, const rules::Assessment& as, Lang lang) {
    v.dpia = as.dpia;
    v.dpiaReason = rules::dpiaReason(as, lang);
    v.dpiaLabel = std::string(labelOf(as.dpia, lang));
    if (as.dpia == DpiaVerdict::Required)
        v.dpiaLabel = word(isStatutoryDpia(as) ? W::DpiaMandatoryShort : W::DpiaRuleOfThumbShort, lang);
    for (const std::string& id : as.dpia_basis) {
        ObligationRow r;
        r.id = id;
        if (const rules::RuleInfo* info = rules::ruleInfo(id, as.rule_set)) {
            r.title = info->title(lang);
            r.article = info->articleText(lang);
            // "art. 35 lid 3 onder a AVG: stelselmatige ..." -> the source column names the article.
            const std::string prefix = r.article + ": ";
            if (r.title.rfind(prefix, 0) == 0 && r.title.size() > prefix.size()) {
                r.title = r.title.substr(prefix.size());
                if (r.title[0] >= 'a' && r.title[0] <= 'z') r.title[0] = char(r.title[0] - 'a' + 'A');
            }
        }
        if (id.rfind("WP248-C", 0) == 0) {
            const int c = std::atoi(id.c_str() + 7);
            if (c >= 1 && c <= 9) r.title = rules::dpiaCriterionText(c, lang, as.rule_set);
        }
        v.dpiaBasis.push_back(std::move(r));
    }
    // Rule set 2026.11 has no bases: its criteria stand in for them.
    if (as.dpia_basis.empty())
        for (int c : as.dpia_criteria)
            v.dpiaBasis.push_back({"C" + std::to_string(c), std::string(rules::dpiaCriterionText(c, lang, as.rule_set)),
                                   "", "EDPB/WP248", ""});
}

void fillWorkshops(ActivityView& v, const Activity& a, const Register& reg, Lang lang) {
    for (const Workshop& w : reg.workshops) {
        WorkshopBlock b;
        b.title = w.title;
        b.date = formatDate(w.date, lang);
        b.facilitator = w.facilitator;
        for (const Vote& vote : w.votes)
            if (vote.activity_id == a.id)
                b.votes.push_back({std::string(labelOf(vote.principle, lang)), vote.green, vote.amber, vote.red});
        for (const WorkshopNote& n : w.notes)
            if (n.activity_id == a.id) b.notes.push_back({std::string(labelOf(n.principle, lang)), n.text});
        for (const WorkshopAction& act : w.actions)
            if (act.activity_id == a.id)
                b.actions.push_back({act.text, act.owner, formatDate(act.due, lang), act.done});
        const bool listed = std::find(w.activity_ids.begin(), w.activity_ids.end(), a.id) != w.activity_ids.end();
        if (listed || !b.votes.empty() || !b.notes.empty() || !b.actions.empty())
            v.workshops.push_back(std::move(b));
    }
}

}  // namespace

std::string footerText(const ReportView& rv) {
    return replaceAll(std::string(word(W::Footer, rv.lang)), "{v}", rv.rulesVersion);
}

ReportView buildView(const Register& reg, const ReportOptions& opt) {
    const Lang lang = opt.lang;
    ReportView rv;
    rv.lang = lang;
    rv.title = opt.title.empty() ? std::string(word(W::Title, lang)) : opt.title;
    rv.organisation = reg.organisation;
    std::string isoDate = opt.date;
    if (isoDate.empty() && reg.exported_at.size() >= 10 && rules::isIsoDate(reg.exported_at.substr(0, 10)))
        isoDate = reg.exported_at.substr(0, 10);
    rv.date = formatDate(isoDate, lang);
    rv.rulesVersion = rules::ruleSetKey(rules::kLatestRuleSet);
    const Controller ctl = reg.controller.value_or(Controller{});
    std::vector<std::string> parts;
    for (const std::string* p : {&ctl.name, &ctl.address, &ctl.contact})
        if (!p->empty()) parts.push_back(*p);
    rv.controller = Row{std::string(word(W::Controller, lang)), joinList(parts, ", "), parts.empty()};
    parts.clear();
    for (const std::string* p : {&ctl.dpo.name, &ctl.dpo.contact})
        if (!p->empty()) parts.push_back(*p);
    rv.dpo = Row{std::string(word(W::Dpo, lang)), joinList(parts, ", "), parts.empty()};
    for (const rules::Finding& f : rules::registerFindings(reg, rules::kLatestRuleSet))
        rv.registerFindings.push_back(findingRow(f, lang));
    for (FrameworkKind kind : {FrameworkKind::RedLine, FrameworkKind::Principle})
        for (const FrameworkItem& f : reg.framework) {
            if (f.kind != kind) continue;
            if (f.status == FrameworkStatus::Proposed) ++rv.frameworkProposed;
            if (f.status != FrameworkStatus::Adopted) continue;
            rv.framework.push_back({kind == FrameworkKind::RedLine, std::string(labelOf(kind, lang)), f.text,
                                    f.explanation, scopeText(f.applies_to, lang), formatDate(f.decided_at, lang),
                                    std::to_string(f.votes_for) + " / " + std::to_string(f.votes_against) + " / " +
                                        std::to_string(f.votes_abstain)});
        }

    int number = 0;
    for (const Activity& a : reg.activities) {
        const rules::Assessment as = rules::assess(a, rules::kLatestRuleSet);
        ActivityView v;
        v.number = ++number;
        v.anchor = "act-" + std::to_string(number);
        v.name = a.name;

        std::string application = a.application;
        if (const CatalogueEntry* e = catalogueEntry(a.application))
            application = std::string(e->name(lang)) + " (" + a.application + ")";
        v.meta = {textRow(W::Id, a.id, lang),
                  textRow(W::Owner, a.owner, lang),
                  textRow(W::Vendor, a.vendor, lang),
                  {std::string(word(W::Lifecycle, lang)), std::string(labelOf(a.lifecycle, lang)), false},
                  {std::string(word(W::Role, lang)), std::string(labelOf(a.ai_act_role, lang)), false},
                  textRow(W::Application, application, lang)};

        fillArt30(v, a, lang);
        fillAiAct(v, a, as, lang);

        fillDpia(v, as, lang);
        for (const rules::Finding& f : as.findings) v.findings.push_back(findingRow(f, lang));
        v.blockers = as.blockers();

        v.reviewStatus = a.review.status;
        v.reviewDue = rules::isIsoDate(isoDate) && rules::isIsoDate(a.review.next_review) &&
                      rules::daysUntil(isoDate, a.review.next_review) <= 0;
        Row next = textRow(W::NextReview, formatDate(a.review.next_review, lang), lang);
        if (v.reviewDue) {
            next.text += " (" + std::string(word(W::Due, lang)) + ")";
            next.alert = true;
        }
        v.review = {{std::string(word(W::ReviewStatus, lang)), std::string(labelOf(a.review.status, lang)), false},
                    textRow(W::Reviewer, a.review.reviewer, lang),
                    textRow(W::ReviewedAt, formatDate(a.review.reviewed_at, lang), lang),
                    next,
                    textRow(W::Created, formatTimestamp(a.created_at, lang), lang),
                    textRow(W::Updated, formatTimestamp(a.updated_at, lang), lang)};
        v.notes = textRow(W::Notes, a.notes, lang);

        fillWorkshops(v, a, reg, lang);
        for (const FrameworkItem* f : adoptedTouching(reg.framework, a))
            v.framework.push_back({f->kind == FrameworkKind::RedLine, std::string(labelOf(f->kind, lang)), f->text,
                                   joinList(touchReasons(*f, a, lang), ", ")});
        if (auto it = opt.recent_changes.find(a.id); it != opt.recent_changes.end()) v.recent = it->second;

        Summary& s = rv.summary;
        ++s.activities;
        ++s.tiers[std::size_t(v.tier)];
        ++s.reviews[std::size_t(v.reviewStatus)];
        s.blockers += v.blockers;
        if (v.blockers > 0) ++s.activitiesWithBlockers;
        if (v.dpia == DpiaVerdict::Required) ++(isStatutoryDpia(as) ? s.dpiaMandatory : s.dpiaRuleOfThumb);
        if (v.dpia == DpiaVerdict::Recommended) ++s.dpiaRecommended;
        if (v.reviewDue) ++s.reviewsDue;
        rv.activities.push_back(std::move(v));
    }
    return rv;
}

}  // namespace air::io::reportview
