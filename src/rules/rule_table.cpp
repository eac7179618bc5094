// Rule set 2026.11 as data: every rule id with its article, texts in English and Dutch and the
// AI Act application date; the AI Act dates; the DPIA criteria; Annex III area names; the
// sentence parts of tierReason(). 2026.11 is frozen (its output must stay byte-identical);
// rule set 2026.12 lives beside it in rule_table_2026_12.cpp. A change in the law is a new
// rule set there plus tests. The look-ups by rule set are here too.
//
// [SECTION] RuleInfo table     (order = order of obligations and findings)
// [SECTION] RuleInfo access
// [SECTION] AI Act dates
// [SECTION] DPIA criteria
// [SECTION] Annex III areas
// [SECTION] tierReason texts
#include <array>
#include <cstddef>
#include <string>

#include "rules/rule_texts.hpp"
#include "rules/rules.hpp"

namespace air::rules {

namespace {

// Application dates of the AI Act (DOMAIN.md 1).
constexpr std::string_view kArt4And5From = "2025-02-02";   // Art. 113(a)
constexpr std::string_view kArt50From = "2026-08-02";      // Art. 113 (Art. 50)
constexpr std::string_view kAnnexIIIFrom = "2027-12-02";   // moved by the Digital Omnibus

constexpr RuleKind kOb = RuleKind::Obligation;
constexpr RuleKind kTier = RuleKind::TierOnly;
constexpr RuleKind kFind = RuleKind::Finding;

// ---- [SECTION] RuleInfo table ---------------------------------------------------------
// Field order: id, article (EN), title EN, title NL, fix EN, fix NL, applies_from,
// article (NL), kind, severity. A function-local static, so other static data may use it.
const std::vector<RuleInfo>& ruleTable11() {
    static const std::vector<RuleInfo> rules = {
        // -- AI Act tier rules and obligations (DOMAIN.md 3, first table and `obligations`) --
        {"AIA-5-1-a", "AI Act Art. 5(1)(a)",
         "Manipulative or deceptive techniques that can cause significant harm are prohibited",
         "Manipulatieve of misleidende technieken die aanzienlijke schade kunnen veroorzaken, zijn verboden",
         "Stop the activity, or redesign it so that it no longer distorts people's choices",
         "Stop de activiteit, of richt haar zo in dat ze de keuzes van mensen niet langer verstoort",
         kArt4And5From, "art. 5 lid 1 onder a AI-verordening", kOb, Severity::Blocker},
        {"AIA-5-1-b", "AI Act Art. 5(1)(b)",
         "Exploiting vulnerabilities due to age, disability or social or economic situation is prohibited",
         "Misbruik maken van kwetsbaarheid door leeftijd, beperking of sociale of economische situatie is verboden",
         "Stop the activity, or stop aiming it at these vulnerabilities",
         "Stop de activiteit, of richt haar niet langer op deze kwetsbaarheden",
         kArt4And5From, "art. 5 lid 1 onder b AI-verordening", kOb, Severity::Blocker},
        {"AIA-5-1-c", "AI Act Art. 5(1)(c)",
         "Social scoring that leads to detrimental treatment is prohibited",
         "Sociale scoring die tot benadeling leidt, is verboden",
         "Stop the activity: do not rate people on social behaviour or personal traits to treat them worse elsewhere",
         "Stop de activiteit: beoordeel mensen niet op sociaal gedrag of persoonlijke kenmerken om ze elders slechter te behandelen",
         kArt4And5From, "art. 5 lid 1 onder c AI-verordening", kOb, Severity::Blocker},
        {"AIA-5-1-f", "AI Act Art. 5(1)(f)",
         "Emotion recognition at work or in education is prohibited, except for medical or safety reasons",
         "Emotieherkenning op het werk of in het onderwijs is verboden, behalve om medische of veiligheidsredenen",
         "Stop using emotion recognition on employees, job applicants or students",
         "Stop met emotieherkenning bij medewerkers, sollicitanten, leerlingen of studenten",
         kArt4And5From, "art. 5 lid 1 onder f AI-verordening", kOb, Severity::Blocker},
        {"AIA-5-1-g", "AI Act Art. 5(1)(g)",
         "Biometric categorisation that infers sensitive traits (such as ethnicity, religion or orientation) is prohibited",
         "Biometrische categorisering die gevoelige kenmerken afleidt (zoals afkomst, religie of geaardheid), is verboden",
         "Stop the activity: do not infer these traits from faces, voices or other biometric data",
         "Stop de activiteit: leid deze kenmerken niet af uit gezichten, stemmen of andere biometrische gegevens",
         kArt4And5From, "art. 5 lid 1 onder g AI-verordening", kOb, Severity::Blocker},
        {"AIA-6-2", "AI Act Art. 6(2) and Annex III",
         "High-risk use: the system works in an Annex III area",
         "Hoog-risicotoepassing: het systeem wordt ingezet in een gebied uit bijlage III",
         "Check that the provider has a CE marking and EU registration, and meet the high-risk duties by 2 Dec 2027",
         "Controleer of de aanbieder een CE-markering en EU-registratie heeft, en voldoe uiterlijk 2 december 2027 aan de hoog-risicoverplichtingen",
         kAnnexIIIFrom, "art. 6 lid 2 en bijlage III AI-verordening", kOb, Severity::Info},
        {"AIA-ANNEX-III-1", "AI Act Annex III(1)",
         "High-risk use: emotion recognition or biometric categorisation",
         "Hoog-risicotoepassing: emotieherkenning of biometrische categorisering",
         "Meet the high-risk duties by 2 Dec 2027, or ask whether you need emotion or biometric analysis at all",
         "Voldoe uiterlijk 2 december 2027 aan de hoog-risicoverplichtingen, of ga na of je emotie- of biometrische analyse wel nodig hebt",
         kAnnexIIIFrom, "bijlage III, punt 1 AI-verordening", kOb, Severity::Info},
        {"AIA-50", "AI Act Art. 50",
         "Transparency duties apply",
         "Er gelden transparantieverplichtingen",
         "Tell people when they deal with AI or with AI-generated content",
         "Laat mensen weten wanneer ze met AI of met door AI gemaakte content te maken hebben",
         kArt50From, "art. 50 AI-verordening", kTier, Severity::Info},
        {"AIA-26", "AI Act Art. 26",
         "Duties of a deployer of a high-risk system",
         "Plichten van de gebruiksverantwoordelijke van een hoog-risicosysteem",
         "Follow the instructions for use, assign competent human oversight, check the input data, monitor the system, keep logs for at least six months and inform the people affected",
         "Volg de gebruiksaanwijzing, wijs deskundig menselijk toezicht aan, controleer de invoerdata, monitor het systeem, bewaar logs minstens zes maanden en informeer de betrokkenen",
         kAnnexIIIFrom, "art. 26 AI-verordening", kOb, Severity::Info},
        {"AIA-27", "AI Act Art. 27",
         "A fundamental-rights impact assessment is needed (credit or insurance)",
         "Een grondrechteneffectbeoordeling (FRIA) is nodig (krediet of verzekering)",
         "Carry out a fundamental-rights impact assessment before first use and notify the market surveillance authority of the result",
         "Voer vóór het eerste gebruik een grondrechteneffectbeoordeling uit en meld de uitkomst aan de markttoezichthouder",
         kAnnexIIIFrom, "art. 27 AI-verordening", kOb, Severity::Info},
        {"AIA-6-4", "AI Act Art. 6(3)-(4)",
         "Annex III area, but not high-risk because it only performs a narrow procedural task",
         "Gebied uit bijlage III, maar geen hoog risico omdat het alleen een beperkte procedurele taak uitvoert",
         "Document why it is not high-risk before you use it; a provider also registers it in the EU database",
         "Leg vast waarom het geen hoog risico is voordat je het gebruikt; een aanbieder registreert het ook in de EU-databank",
         kAnnexIIIFrom, "art. 6 lid 3 en 4 AI-verordening", kOb, Severity::Info},
        {"AIA-50-1", "AI Act Art. 50(1)",
         "People must be told they are talking to an AI system",
         "Mensen moeten weten dat ze met een AI-systeem praten",
         "Say at the first interaction that it is a bot, unless that is obvious",
         "Meld bij het eerste contact dat het om een bot gaat, tenzij dat evident is",
         kArt50From, "art. 50 lid 1 AI-verordening", kOb, Severity::Info},
        {"AIA-50-2", "AI Act Art. 50(2)",
         "Generated audio, images, video and text must carry a machine-readable AI mark",
         "Gegenereerde audio, beelden, video en tekst moeten een machineleesbaar AI-kenmerk hebben",
         "Make sure the tool adds a machine-readable mark (watermark or metadata); systems already on the market before 2 Aug 2026 have until 2 Dec 2026 (Digital Omnibus)",
         "Zorg dat de tool een machineleesbaar kenmerk toevoegt (watermerk of metadata); systemen die vóór 2 augustus 2026 al op de markt waren, hebben tot 2 december 2026 (Digital Omnibus)",
         kArt50From, "art. 50 lid 2 AI-verordening", kOb, Severity::Info},
        {"AIA-50-3", "AI Act Art. 50(3)",
         "People exposed to emotion recognition or biometric categorisation must be informed",
         "Mensen bij wie emotieherkenning of biometrische categorisering wordt toegepast, moeten dat weten",
         "Inform the people exposed at the latest when they are first exposed, for example with a clear notice",
         "Informeer de betrokkenen uiterlijk bij de eerste blootstelling, bijvoorbeeld met een duidelijke melding",
         kArt50From, "art. 50 lid 3 AI-verordening", kOb, Severity::Info},
        {"AIA-50-4", "AI Act Art. 50(4)",
         "Deepfakes and AI-written texts on matters of public interest must be disclosed",
         "Deepfakes en door AI geschreven teksten over zaken van algemeen belang moeten herkenbaar zijn",
         "State that the content was generated or manipulated by AI, unless a person holds editorial responsibility for the text",
         "Vermeld dat de content door AI is gemaakt of bewerkt, tenzij een mens de redactionele verantwoordelijkheid voor de tekst draagt",
         kArt50From, "art. 50 lid 4 AI-verordening", kOb, Severity::Info},

        // -- findings (DOMAIN.md 3, second table) --
        {"GDPR-5-1-b", "GDPR Art. 5(1)(b)",
         "No purpose recorded",
         "Geen doel vastgelegd",
         "Describe the specific purpose the AI activity serves",
         "Beschrijf voor welk concreet doel de AI-activiteit wordt ingezet",
         "", "art. 5 lid 1 onder b AVG", kFind, Severity::Blocker},
        {"GDPR-5-1-c", "GDPR Art. 5(1)(c)",
         "No data categories recorded",
         "Geen gegevenscategorieën vastgelegd",
         "List which personal data the activity uses, and use only what it needs",
         "Geef aan welke persoonsgegevens de activiteit gebruikt, en gebruik alleen wat echt nodig is",
         "", "art. 5 lid 1 onder c AVG", kFind, Severity::Warning},
        {"GDPR-5-1-e", "GDPR Art. 5(1)(e)",
         "No retention period recorded",
         "Geen bewaartermijn vastgelegd",
         "State how long the data is kept, for example \"24 months\"",
         "Leg vast hoe lang de gegevens worden bewaard, bijvoorbeeld \"24 maanden\"",
         "", "art. 5 lid 1 onder e AVG", kFind, Severity::Warning},
        {"GDPR-6", "GDPR Art. 6(1)",
         "No legal basis chosen",
         "Geen grondslag gekozen",
         "Choose the legal basis for the processing (often consent or legitimate interests)",
         "Kies de grondslag voor de verwerking (vaak toestemming of gerechtvaardigd belang)",
         "", "art. 6 lid 1 AVG", kFind, Severity::Blocker},
        {"GDPR-6-1-f", "GDPR Art. 6(1)(f)",
         "Legitimate interests without a documented balancing test",
         "Gerechtvaardigd belang zonder vastgelegde belangenafweging",
         "Document the legitimate-interest assessment (purpose, necessity, balancing) and tick that it is on file",
         "Leg de belangenafweging vast (doel, noodzaak, afweging) en vink aan dat die er is",
         "", "art. 6 lid 1 onder f AVG", kFind, Severity::Warning},
        {"GDPR-6-1-e", "GDPR Art. 6(1)(e)",
         "Public task chosen as legal basis, which is rarely open to a company",
         "Taak van algemeen belang gekozen als grondslag, wat voor een bedrijf zelden kan",
         "Check this basis with your privacy officer; a company usually relies on consent, a contract or legitimate interests",
         "Toets deze grondslag met je privacy officer; een bedrijf gebruikt meestal toestemming, een overeenkomst of gerechtvaardigd belang",
         "", "art. 6 lid 1 onder e AVG", kFind, Severity::Warning},
        {"GDPR-9", "GDPR Art. 9",
         "Special categories of data (such as health or ethnicity) without a legal exception",
         "Bijzondere persoonsgegevens (zoals gezondheid of afkomst) zonder wettelijke uitzondering",
         "Record which Art. 9(2) condition applies (usually explicit consent), or stop using these data",
         "Leg vast welke uitzondering uit art. 9 lid 2 AVG geldt (meestal uitdrukkelijke toestemming), of gebruik deze gegevens niet",
         "", "art. 9 AVG", kFind, Severity::Blocker},
        {"GDPR-13", "GDPR Art. 13-14",
         "People are not informed about the processing",
         "Betrokkenen zijn niet geïnformeerd over de verwerking",
         "Explain the AI activity in your privacy statement or where you collect the data, then tick that people are informed",
         "Leg de AI-activiteit uit in je privacyverklaring of op het moment dat je de gegevens verzamelt, en vink daarna aan dat mensen geïnformeerd zijn",
         "", "art. 13 en 14 AVG", kFind, Severity::Warning},
        {"GDPR-21", "GDPR Art. 21(2)-(3)",
         "Direct marketing without a way to object",
         "Direct marketing zonder mogelijkheid om bezwaar te maken",
         "Offer an easy opt-out of direct marketing and of the profiling for it, honour it always, then tick the opt-out",
         "Bied een eenvoudige afmeldmogelijkheid voor direct marketing en de profilering daarvoor, honoreer die altijd en vink daarna de afmeldmogelijkheid aan",
         "", "art. 21 lid 2 en 3 AVG", kFind, Severity::Blocker},
        {"GDPR-22", "GDPR Art. 22",
         "Automated decisions with significant effects and no human review",
         "Geautomatiseerde besluiten met wezenlijke gevolgen zonder menselijke beoordeling",
         "Let a person review decisions on request and let people contest them; then record that human review is in place",
         "Laat een medewerker besluiten op verzoek beoordelen en geef mensen de mogelijkheid ze aan te vechten; leg daarna vast dat menselijke beoordeling geregeld is",
         "", "art. 22 AVG", kFind, Severity::Blocker},
        {"GDPR-28", "GDPR Art. 28",
         "No processing agreement with {processor}",
         "Geen verwerkersovereenkomst met {processor}",
         "Sign a processing agreement with {processor}",
         "Sluit een verwerkersovereenkomst met {processor}",
         "", "art. 28 AVG", kFind, Severity::Blocker},
        {"GDPR-44", "GDPR Art. 44-46",
         "Data goes outside the EU to {processor} without a transfer safeguard",
         "Gegevens gaan naar {processor} buiten de EU zonder doorgiftewaarborg",
         "Record the safeguard for {processor}: an adequacy decision, standard contractual clauses or binding corporate rules",
         "Leg de waarborg voor {processor} vast: een adequaatheidsbesluit, modelcontractbepalingen (SCC's) of bindende bedrijfsvoorschriften",
         "", "art. 44-46 AVG", kFind, Severity::Blocker},
        {"GDPR-REUSE", "GDPR Art. 5(1)(b) and 28",
         "Not ruled out that {processor} trains its own models on your data",
         "Niet uitgesloten dat {processor} eigen modellen traint met je gegevens",
         "Agree in the contract with {processor} that it does not train on your data, then record \"no\"",
         "Spreek in het contract met {processor} af dat er niet met je gegevens wordt getraind, en zet het antwoord daarna op \"nee\"",
         "", "art. 5 lid 1 onder b en art. 28 AVG", kFind, Severity::Warning},
        {"GDPR-35", "GDPR Art. 35",
         "A DPIA is required (two or more risk criteria) but not done",
         "Een DPIA is verplicht (twee of meer risicocriteria) maar niet uitgevoerd",
         "Carry out a data protection impact assessment before the processing starts and record it as done",
         "Voer een DPIA (gegevensbeschermingseffectbeoordeling) uit voordat de verwerking start en leg vast dat die is uitgevoerd",
         "", "art. 35 AVG", kFind, Severity::Blocker},
        {"AIA-5", "AI Act Art. 5",
         "This is a prohibited AI practice",
         "Dit is een verboden AI-toepassing",
         "Stop the activity and set its lifecycle to Retired; if a screening answer is wrong, correct it",
         "Stop de activiteit en zet de levensfase op Uitgefaseerd; klopt een screeningsantwoord niet, corrigeer het dan",
         kArt4And5From, "art. 5 AI-verordening", kFind, Severity::Blocker},
        {"AIA-UNASSESSED", "AI Act Art. 5, 6 and 50",
         "No AI Act screening yet",
         "Nog geen screening voor de AI-verordening",
         "Answer the screening questions to find the risk level",
         "Beantwoord de screeningsvragen om het risiconiveau te bepalen",
         "", "art. 5, 6 en 50 AI-verordening", kFind, Severity::Warning},
        {"ETH-HUMAN", "Good practice: human in the loop",
         "Scoring, profiling or automated decisions without recorded human oversight",
         "Scoren, profileren of automatisch besluiten zonder vastgelegd menselijk toezicht",
         "Describe who checks the outcomes, how often, and when they step in",
         "Beschrijf wie de uitkomsten controleert, hoe vaak, en wanneer diegene ingrijpt",
         "", "Goede praktijk: menselijke tussenkomst", kFind, Severity::Warning},
        {"ETH-BIAS", "Good practice: bias monitoring",
         "Profiling or scoring without bias monitoring",
         "Profileren of scoren zonder controle op vooringenomenheid",
         "Describe how you check the outcomes for unfair differences between groups (for example men and women)",
         "Beschrijf hoe je de uitkomsten controleert op onterechte verschillen tussen groepen (bijvoorbeeld mannen en vrouwen)",
         "", "Goede praktijk: controle op vooringenomenheid", kFind, Severity::Warning},
        {"ETH-COPYRIGHT", "Good practice: copyright of generated content",
         "Rights to the generated content not checked",
         "Rechten op de gegenereerde content niet gecontroleerd",
         "Check the tool's licence terms and that its output does not copy protected work, then tick that rights are checked",
         "Controleer de licentievoorwaarden van de tool en of de output geen beschermd werk overneemt, en vink daarna aan dat de rechten gecontroleerd zijn",
         "", "Goede praktijk: auteursrecht op gegenereerde content", kFind, Severity::Warning},
        {"VENDOR-CERT", "Good practice: vendor security (GDPR Art. 28(1) and 32)",
         "No ISO 27001 or SOC 2 certification recorded for {processor}",
         "Geen ISO 27001- of SOC 2-certificering vastgelegd voor {processor}",
         "Ask {processor} for its certificate or security report and record it",
         "Vraag {processor} om het certificaat of een beveiligingsrapport en leg dat vast",
         "", "Goede praktijk: beveiliging leverancier (art. 28 lid 1 en 32 AVG)", kFind, Severity::Info},
    };
    return rules;
}

// Replaces every "{processor}" in `text` by `who`.
std::string fillProcessor(std::string_view text, std::string_view who) {
    return detail::fillAll(text, "{processor}", who);
}

std::string_view genericProcessor(Lang lang) {
    return lang == Lang::Nl ? "de verwerker" : "the processor";
}

}  // namespace

const std::vector<RuleInfo>& detail::ruleTable2026_11() { return ruleTable11(); }

std::string detail::fillAll(std::string_view text, std::string_view slot, std::string_view value) {
    std::string out;
    std::size_t pos = 0;
    for (std::size_t hit; (hit = text.find(slot, pos)) != std::string_view::npos; pos = hit + slot.size()) {
        out.append(text.substr(pos, hit - pos));
        out.append(value);
    }
    out.append(text.substr(pos));
    return out;
}

// ---- [SECTION] RuleInfo access --------------------------------------------------------

std::string RuleInfo::title(Lang lang, std::string_view processor) const {
    return fillProcessor(lang == Lang::Nl ? title_nl : title_en,
                         processor.empty() ? genericProcessor(lang) : processor);
}

std::string RuleInfo::fix(Lang lang, std::string_view processor) const {
    return fillProcessor(lang == Lang::Nl ? fix_nl : fix_en,
                         processor.empty() ? genericProcessor(lang) : processor);
}

std::string RuleInfo::heading(Lang lang) const {
    std::string t = title(lang);
    for (std::string_view slot : {" ({basis})", ": {basis}", "{basis}"})
        for (std::size_t at = t.find(slot); at != std::string::npos; at = t.find(slot, at)) t.erase(at, slot.size());
    return t;
}

std::string_view RuleInfo::articleText(Lang lang) const {
    return lang == Lang::Nl ? article_nl : article;
}

const std::vector<RuleInfo>& allRules(RuleSet rs) {
    return rs == RuleSet::R2026_11 ? detail::ruleTable2026_11() : detail::ruleTable2026_12();
}

const RuleInfo* ruleInfo(std::string_view id, RuleSet rs) {
    for (const RuleInfo& r : allRules(rs))
        if (r.id == id) return &r;
    return nullptr;
}

// ---- [SECTION] AI Act dates -----------------------------------------------------------

const std::vector<ActDate>& actDates(RuleSet rs) {
    return rs == RuleSet::R2026_11 ? detail::actDates2026_11() : detail::actDates2026_12();
}

const std::vector<ActDate>& detail::actDates2026_11() {
    static const std::vector<ActDate> dates = {
        {"2025-02-02", "Prohibited practices (Art. 5) and AI literacy of staff (Art. 4) apply",
         "Verboden praktijken (art. 5) en AI-geletterdheid van medewerkers (art. 4) gelden"},
        {"2025-08-02", "Rules for general-purpose AI models apply",
         "Regels voor AI-modellen voor algemene doeleinden gelden"},
        {"2026-08-02", "Transparency duties (Art. 50) apply",
         "Transparantieverplichtingen (art. 50) gelden"},
        {"2026-12-02",
         "Machine-readable marking of generated content (Art. 50(2)) for systems already on the market (Digital Omnibus)",
         "Machineleesbare markering van gegenereerde content (art. 50 lid 2) voor systemen die al op de markt waren (Digital Omnibus)"},
        {"2027-12-02",
         "High-risk duties for Annex III systems apply (moved from 2 Aug 2026 by the Digital Omnibus)",
         "Verplichtingen voor hoog-risicosystemen uit bijlage III gelden (door de Digital Omnibus verschoven van 2 augustus 2026)"},
        {"2028-08-02", "High-risk duties for AI in Annex I products apply",
         "Verplichtingen voor hoog-risico-AI in producten uit bijlage I gelden"},
    };
    return dates;
}

// ---- [SECTION] DPIA criteria ----------------------------------------------------------
// GDPR Art. 35(1) and EDPB/WP248 rev.01, the nine criteria (DOMAIN.md 2 and 3).

std::string_view dpiaCriterionText(int criterion, Lang lang, RuleSet rs) {
    if (rs == RuleSet::R2026_12) return detail::dpiaCriterionText2026_12(criterion, lang);
    static constexpr detail::Text2 kCriteria[] = {
        {"Evaluation or scoring, including profiling", "Evalueren of scoren, inclusief profilering"},
        {"Automated decisions with legal or similarly significant effect",
         "Geautomatiseerde besluiten met rechtsgevolg of een vergelijkbaar wezenlijk gevolg"},
        {"Systematic monitoring", "Stelselmatige monitoring"},
        {"Sensitive or highly personal data", "Gevoelige of zeer persoonlijke gegevens"},
        {"Processing on a large scale", "Verwerking op grote schaal"},
        {"Matching or combining datasets", "Koppelen of combineren van datasets"},
        {"Vulnerable data subjects (children, employees, job applicants)",
         "Kwetsbare betrokkenen (kinderen, medewerkers, sollicitanten)"},
        {"Innovative use of technology", "Innovatief gebruik van technologie"},
        {"Processing that blocks a right, a service or a contract",
         "Verwerking die de toegang tot een recht, dienst of overeenkomst blokkeert"},
    };
    if (criterion < 1 || criterion > int(std::size(kCriteria))) return {};
    return kCriteria[criterion - 1].in(lang);
}

// ---- [SECTION] Annex III areas --------------------------------------------------------
// AI Act Annex III points 1-8, indexed by AnnexIII.

namespace {
struct AnnexArea {
    detail::Text2 name;
    detail::Text2 point;
};
constexpr AnnexArea kAnnexAreas[] = {
    {{"", ""}, {"", ""}},
    {{"biometric identification", "biometrische identificatie"}, {"1", "1"}},
    {{"critical infrastructure", "kritieke infrastructuur"}, {"2", "2"}},
    {{"education and vocational training", "onderwijs en beroepsopleiding"}, {"3", "3"}},
    {{"recruitment and job advertising", "werving en selectie"},
     {"4", "4"}},
    {{"access to public benefits", "toegang tot publieke uitkeringen"}, {"5(a)", "5, onder a"}},
    {{"creditworthiness scoring", "beoordeling van kredietwaardigheid"}, {"5(b)", "5, onder b"}},
    {{"risk assessment and pricing in life and health insurance",
      "risicobeoordeling en prijsbepaling bij levens- en ziektekostenverzekeringen"},
     {"5(c)", "5, onder c"}},
    {{"emergency call triage", "triage van noodoproepen"}, {"5(d)", "5, onder d"}},
    {{"law enforcement", "rechtshandhaving"}, {"6", "6"}},
    {{"migration, asylum and border control", "migratie, asiel en grenstoezicht"}, {"7", "7"}},
    {{"administration of justice", "rechtspraak"}, {"8(a)", "8, onder a"}},
    {{"influencing elections or voting behaviour", "beïnvloeding van verkiezingen of stemgedrag"},
     {"8(b)", "8, onder b"}},
};
static_assert(std::size(kAnnexAreas) == std::size_t(AnnexIII::COUNT), "one row per AnnexIII value");
}  // namespace

std::string_view annexAreaText(AnnexIII area, Lang lang) {
    return kAnnexAreas[std::size_t(area)].name.in(lang);
}

std::string_view annexPointText(AnnexIII area, Lang lang) {
    return kAnnexAreas[std::size_t(area)].point.in(lang);
}

// ---- [SECTION] tierReason texts -------------------------------------------------------

const detail::TierReasonTexts& detail::tierReasonTexts() {
    static const TierReasonTexts t = {
        /*unassessed*/ {"Not assessed: answer the screening questions to find the AI Act risk level",
                        "Niet beoordeeld: beantwoord de screeningsvragen om het risiconiveau onder de AI-verordening te bepalen"},
        /*prohibited_a*/ {"Prohibited: it uses manipulative or deceptive techniques that can cause significant harm",
                          "Verboden: het gebruikt manipulatieve of misleidende technieken die aanzienlijke schade kunnen veroorzaken"},
        /*prohibited_b*/ {"Prohibited: it exploits vulnerabilities due to age, disability or social or economic situation",
                          "Verboden: het maakt misbruik van kwetsbaarheid door leeftijd, beperking of sociale of economische situatie"},
        /*prohibited_c*/ {"Prohibited: it scores people socially in a way that leads to detrimental treatment",
                          "Verboden: het geeft mensen een sociale score die tot benadeling leidt"},
        /*prohibited_f*/ {"Prohibited: it recognises emotions at work or in education without a medical or safety reason",
                          "Verboden: het herkent emoties op het werk of in het onderwijs zonder medische of veiligheidsreden"},
        /*prohibited_g*/ {"Prohibited: it uses biometric data to infer sensitive traits such as ethnicity, religion or orientation",
                          "Verboden: het leidt uit biometrische gegevens gevoelige kenmerken af, zoals afkomst, religie of geaardheid"},
        /*high_annex*/ {"High risk: {area} is an Annex III {point} area",
                        "Hoog risico: {area} valt onder bijlage III, punt {point}"},
        /*high_annex_profiles*/ {", and the narrow-task exemption does not apply because it profiles people",
                                 ", en de uitzondering voor beperkte taken geldt niet omdat het mensen profileert"},
        /*high_biometric*/ {"High risk: it uses {what}, an Annex III point 1 area",
                            "Hoog risico: het gebruikt {what}, een gebied uit bijlage III, punt 1"},
        /*emotion_recognition*/ {"emotion recognition", "emotieherkenning"},
        /*biometric_categorisation*/ {"biometric categorisation", "biometrische categorisering"},
        /*and_word*/ {" and ", " en "},
        /*limited*/ {"Limited risk: it {what}, so people must be told about the AI",
                     "Beperkt risico: het {what}, dus mensen moeten weten dat er AI in het spel is"},
        /*talks*/ {"talks with people", "voert gesprekken met mensen"},
        /*generates*/ {"generates content", "maakt content"},
        /*deepfakes*/ {"makes deepfakes", "maakt deepfakes"},
        /*public_text*/ {"writes texts on matters of public interest", "schrijft teksten over zaken van algemeen belang"},
        /*minimal*/ {"Minimal risk: no screening answer points to a prohibited practice, a high-risk area or a transparency duty",
                     "Minimaal risico: geen enkel screeningsantwoord wijst op een verboden praktijk, een hoog-risicogebied of een transparantieplicht"},
        /*exempt_minimal*/ {"Minimal risk: {area} is an Annex III {point} area, but it only performs a narrow procedural task; document that assessment",
                            "Minimaal risico: {area} valt onder bijlage III, punt {point}, maar het voert alleen een beperkte procedurele taak uit; leg die beoordeling vast"},
        /*exempt_suffix*/ {"; {area} is not high-risk because it only performs a narrow procedural task: document that",
                           "; {area} is geen hoog risico omdat het alleen een beperkte procedurele taak uitvoert: leg dat vast"},
        /*art_5a*/ {"AI Act Art. 5(1)(a)", "art. 5 lid 1 onder a AI-verordening"},
        /*art_5b*/ {"AI Act Art. 5(1)(b)", "art. 5 lid 1 onder b AI-verordening"},
        /*art_5c*/ {"AI Act Art. 5(1)(c)", "art. 5 lid 1 onder c AI-verordening"},
        /*art_5f*/ {"AI Act Art. 5(1)(f)", "art. 5 lid 1 onder f AI-verordening"},
        /*art_5g*/ {"AI Act Art. 5(1)(g)", "art. 5 lid 1 onder g AI-verordening"},
        /*art_6_2*/ {"AI Act Art. 6(2)", "art. 6 lid 2 AI-verordening"},
        /*art_annex_1*/ {"AI Act Art. 6(2) and Annex III(1)", "art. 6 lid 2 en bijlage III, punt 1 AI-verordening"},
        /*art_50*/ {"AI Act Art. 50", "art. 50 AI-verordening"},
        /*art_none*/ {"AI Act Art. 5, 6 and 50", "art. 5, 6 en 50 AI-verordening"},
        /*art_6_3*/ {"AI Act Art. 6(3)-(4)", "art. 6 lid 3 en 4 AI-verordening"},
    };
    return t;
}

// What to check that the provider does (rules.hpp; rule set 2026.12 lists provider duties).
std::string_view providerCheck(std::string_view id, Lang lang) {
    struct Check {
        std::string_view id, en, nl;
    };
    static constexpr Check kChecks[] = {
        {"AIA-50-1",
         "Check that the system tells people they are dealing with an AI, unless that is obvious, and that your "
         "contract with the provider says so",
         "Controleer dat het systeem mensen vertelt dat ze met een AI te maken hebben, tenzij dat vanzelf spreekt, en "
         "dat uw contract met de aanbieder dat vastlegt"},
        {"AIA-50-2",
         "Check that the provider marks the generated images, audio, video and text in a machine-readable way as "
         "AI-generated (not needed for assistive editing), and ask how",
         "Controleer dat de aanbieder gegenereerde beelden, audio, video en tekst machineleesbaar markeert als door AI "
         "gemaakt (niet nodig bij ondersteunende bewerking), en vraag hoe"},
        {"AIA-16",
         "Ask the provider for the EU declaration of conformity and the instructions for use, check the CE marking "
         "and the registration in the EU database, and keep them with this activity",
         "Vraag de aanbieder om de EU-conformiteitsverklaring en de gebruiksaanwijzing, controleer de CE-markering en "
         "de registratie in de EU-databank, en bewaar ze bij deze activiteit"},
        {"AIA-6-4",
         "Ask the provider for its documented assessment of why the system is not high-risk (Art. 6(4)) and check "
         "that it is registered in the EU database (Art. 49(2))",
         "Vraag de aanbieder om de vastgelegde beoordeling waarom het systeem geen hoog risico heeft (art. 6 lid 4) en "
         "controleer dat het in de EU-databank is geregistreerd (art. 49 lid 2)"},
    };
    for (const Check& c : kChecks)
        if (c.id == id) return lang == Lang::Nl ? c.nl : c.en;
    return {};
}

}  // namespace air::rules
