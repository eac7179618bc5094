// The catalogue of marketing AI activities (DOMAIN.md 4). Each entry's screening sets only the
// facts that typically hold for that activity, so the tier and DPIA screen a new activity
// starts with are the usual ones; laws cited in hints follow DOMAIN.md 1-2.
//
// Index:
//   [SECTION] helpers
//   [SECTION] content and e-mail        lead_scoring .. translation_localisation
//   [SECTION] conversation and social   chatbot .. influencer_identification
//   [SECTION] ads, web and analytics    ad_optimisation .. anomaly_detection
//   [SECTION] customer models           churn_prediction .. review_analysis
//   [SECTION] generative media          generative_creative .. emotion_recognition_media
//   [SECTION] audiences and field       lookalike_audiences .. llm_copywriting
//   [SECTION] Annex III areas           recruitment_ads .. political_microtargeting
//   [SECTION] other, and the API
#include "core/catalogue.hpp"

#include <initializer_list>
#include <string>

namespace air {
namespace {

// ---- [SECTION] helpers ------------------------------------------------------------------
using DS = DataSubject;
using DC = DataCategory;
using LB = LegalBasis;
using Flag = bool Screening::*;

// A screening with exactly the given facts set (and the Annex III area, if any).
Screening facts(std::initializer_list<Flag> flags, AnnexIII annex = AnnexIII::None) {
    Screening s;
    for (Flag f : flags) s.*f = true;
    s.annex_iii = annex;
    return s;
}

constexpr Flag kInteracts = &Screening::interacts_with_people;
constexpr Flag kGenerates = &Screening::generates_content;
constexpr Flag kDeepfake = &Screening::deepfake;
constexpr Flag kEmotion = &Screening::emotion_recognition;
constexpr Flag kProfiling = &Screening::profiling;
constexpr Flag kScoring = &Screening::evaluation_scoring;
constexpr Flag kAutomated = &Screening::automated_decision;
constexpr Flag kLargeScale = &Screening::large_scale;
constexpr Flag kCombines = &Screening::combines_datasets;
constexpr Flag kInnovative = &Screening::innovative_technology;
constexpr Flag kDirectMarketing = &Screening::direct_marketing;

// Builds the table in kCatalogueKeys order; called once.
std::vector<CatalogueEntry> buildCatalogue() {
    std::vector<CatalogueEntry> c;
    c.reserve(kCatalogueKeys.size());

    // ---- [SECTION] content and e-mail -----------------------------------------------------
    c.push_back({
        .key = "lead_scoring",
        .name_en = "Lead scoring and nurturing",
        .name_nl = "Leadscoring en -nurturing",
        .description_en = "Scores leads on behaviour and profile data to estimate how likely they "
                          "are to convert, and sends suitable follow-up content automatically.",
        .description_nl = "Beoordeelt leads op gedrag en profielgegevens om de kans op conversie "
                          "in te schatten, en stuurt automatisch passende opvolging.",
        .data_subjects = {DS::Prospects, DS::WebsiteVisitors},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Demographics, DC::Behavioural,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kScoring, kCombines, kDirectMarketing}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Scoring people for direct marketing is profiling: document the balancing "
                    "test and honour every objection (GDPR Art. 21(2)). Let sales decide whom "
                    "to approach, not the score alone.",
        .hints_nl = "Scoren voor direct marketing is profilering: leg de belangenafweging vast "
                    "en honoreer elk bezwaar (art. 21 lid 2 AVG). Laat sales beslissen wie "
                    "benaderd wordt, niet alleen de score.",
    });
    c.push_back({
        .key = "email_personalisation",
        .name_en = "E-mail personalisation",
        .name_nl = "Personalisatie van e-mails",
        .description_en = "Tailors subject lines, content and offers in e-mails to each "
                          "recipient, based on purchases, clicks and segments.",
        .description_nl = "Stemt onderwerpregels, inhoud en aanbiedingen in e-mails af op de "
                          "ontvanger, op basis van aankopen, klikgedrag en segmenten.",
        .data_subjects = {DS::Customers, DS::Prospects},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Behavioural, DC::PurchaseHistory,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kDirectMarketing}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Marketing e-mail needs consent, or the soft opt-in for your own customers "
                    "(ePrivacy Directive Art. 13). Offer an unsubscribe link and a way to "
                    "switch personalisation off.",
        .hints_nl = "Voor marketingmail is toestemming nodig, of de soft opt-in voor eigen "
                    "klanten (art. 11.7 Telecommunicatiewet). Bied een afmeldlink en een "
                    "manier om personalisatie uit te zetten.",
    });
    c.push_back({
        .key = "send_time_optimisation",
        .name_en = "Send-time optimisation",
        .name_nl = "Optimalisatie van verzendtijden",
        .description_en = "Predicts for each recipient the moment they are most likely to open "
                          "an e-mail, and schedules the send for then.",
        .description_nl = "Voorspelt per ontvanger op welk moment die een e-mail het "
                          "waarschijnlijkst opent, en plant de verzending op dat tijdstip.",
        .data_subjects = {DS::Customers, DS::Prospects},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Behavioural},
        .screening = facts({kDirectMarketing}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Low impact as long as it only uses open and click times. If it starts "
                    "combining other data to predict behaviour, treat it as profiling.",
        .hints_nl = "Weinig impact zolang alleen open- en kliktijden worden gebruikt. Gaat het "
                    "andere gegevens combineren om gedrag te voorspellen, behandel het dan als "
                    "profilering.",
    });
    c.push_back({
        .key = "content_generation",
        .name_en = "Content generation (blogs, product texts, social posts)",
        .name_nl = "Contentgeneratie (blogs, productteksten, social posts)",
        .description_en = "Generates drafts of blog posts, product descriptions and social media "
                          "posts, which the team edits and publishes.",
        .description_nl = "Genereert concepten voor blogs, productbeschrijvingen en "
                          "socialmediaberichten, die het team redigeert en publiceert.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({kGenerates}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Check facts before publishing: language models make things up "
                    "convincingly. Keep customer data out of prompts and check whether the "
                    "vendor trains on your input.",
        .hints_nl = "Controleer feiten voor publicatie: taalmodellen verzinnen dingen "
                    "overtuigend. Houd klantgegevens buiten prompts en ga na of de leverancier "
                    "traint op uw invoer.",
    });
    c.push_back({
        .key = "seo_optimisation",
        .name_en = "SEO optimisation",
        .name_nl = "SEO-optimalisatie",
        .description_en = "Suggests search-friendly titles, keywords and page structure, based "
                          "on search data and competitors' pages.",
        .description_nl = "Stelt zoekmachinevriendelijke titels, zoekwoorden en "
                          "paginastructuren voor, op basis van zoekdata en pagina's van "
                          "concurrenten.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Usually no personal data. If the tool writes the page text itself, "
                    "register that as content generation as well.",
        .hints_nl = "Meestal geen persoonsgegevens. Schrijft de tool zelf de paginatekst, "
                    "registreer dat dan ook als contentgeneratie.",
    });
    c.push_back({
        .key = "translation_localisation",
        .name_en = "Translation and localisation",
        .name_nl = "Vertaling en lokalisatie",
        .description_en = "Machine-translates web pages, product information and campaigns and "
                          "adapts them to other languages and markets.",
        .description_nl = "Vertaalt webpagina's, productinformatie en campagnes automatisch en "
                          "past ze aan voor andere talen en markten.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Have a native speaker check texts with promises or legal content. Do not "
                    "paste customer messages into a public translation service.",
        .hints_nl = "Laat teksten met toezeggingen of juridische inhoud nalezen door een "
                    "moedertaalspreker. Plak geen klantberichten in een openbare vertaaldienst.",
    });

    // ---- [SECTION] conversation and social ------------------------------------------------
    c.push_back({
        .key = "chatbot",
        .name_en = "Customer-service chatbot",
        .name_nl = "Klantenservice-chatbot",
        .description_en = "Answers customer questions around the clock in a chat window on the "
                          "website or in the app, and hands difficult questions to an employee.",
        .description_nl = "Beantwoordt dag en nacht klantvragen in een chatvenster op de "
                          "website of in de app, en draagt lastige vragen over aan een "
                          "medewerker.",
        .data_subjects = {DS::Customers, DS::WebsiteVisitors},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Communications,
                            DC::PurchaseHistory},
        .screening = facts({kInteracts}),
        .legal_basis = LB::Contract,
        .vendor_example = "",
        .hints_en = "Tell visitors they are chatting with a bot, at the latest at the first "
                    "message (AI Act Art. 50(1)). Offer an easy route to a person, and check "
                    "that answers about prices and rights are correct.",
        .hints_nl = "Vertel bezoekers uiterlijk bij het eerste bericht dat ze met een bot "
                    "chatten (art. 50 lid 1 AI-verordening). Bied een makkelijke weg naar een "
                    "medewerker en controleer of antwoorden over prijzen en rechten kloppen.",
    });
    c.push_back({
        .key = "voice_assistant",
        .name_en = "Voice assistant or voice bot",
        .name_nl = "Spraakassistent of voicebot",
        .description_en = "Talks with customers by phone or smart speaker, answers questions "
                          "and handles simple requests such as the status of an order.",
        .description_nl = "Voert gesprekken met klanten via telefoon of slimme speaker, "
                          "beantwoordt vragen en handelt eenvoudige verzoeken af, zoals de status "
                          "van een bestelling.",
        .data_subjects = {DS::Customers},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Communications, DC::ImagesVoice},
        .screening = facts({kInteracts}),
        .legal_basis = LB::Contract,
        .vendor_example = "",
        .hints_en = "Say at the start of the call that this is an automated assistant (AI Act "
                    "Art. 50(1)). Recognising callers by their voice is biometric data (GDPR "
                    "Art. 9); reading emotions from the voice makes it high-risk.",
        .hints_nl = "Meld aan het begin van het gesprek dat dit een geautomatiseerde assistent "
                    "is (art. 50 lid 1 AI-verordening). Bellers herkennen aan hun stem is "
                    "biometrie (art. 9 AVG); emoties uit de stem aflezen maakt het hoog risico.",
    });
    c.push_back({
        .key = "social_listening",
        .name_en = "Social listening and sentiment",
        .name_nl = "Social listening en sentimentanalyse",
        .description_en = "Follows public posts and comments about the brand, products and "
                          "campaigns, and picks up trends and sentiment.",
        .description_nl = "Volgt openbare berichten en reacties over het merk, producten en "
                          "campagnes, en signaleert trends en sentiment.",
        .data_subjects = {DS::GeneralPublic},
        .data_categories = {DC::Identifiers, DC::Communications},
        .screening = facts({kLargeScale}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Analyse topics and trends, not individuals, and keep no profiles of the "
                    "people who post. Sentiment in text is not emotion recognition under the AI "
                    "Act, which concerns biometric data.",
        .hints_nl = "Analyseer onderwerpen en trends, geen individuen, en leg geen profielen "
                    "aan van mensen die posten. Sentiment in tekst is geen emotieherkenning in "
                    "de zin van de AI-verordening; die gaat over biometrische gegevens.",
    });
    c.push_back({
        .key = "influencer_identification",
        .name_en = "Influencer identification",
        .name_nl = "Influencers selecteren",
        .description_en = "Finds and ranks potential influencers and brand ambassadors by "
                          "reach, engagement and fit with the brand.",
        .description_nl = "Zoekt en rangschikt mogelijke influencers en merkambassadeurs op "
                          "bereik, betrokkenheid en aansluiting bij het merk.",
        .data_subjects = {DS::GeneralPublic},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Demographics, DC::Behavioural,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kScoring}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Ranking people is profiling: tell the influencers you approach where their "
                    "data came from (GDPR Art. 14). Check the ranking for bias against smaller "
                    "or less obvious creators.",
        .hints_nl = "Mensen rangschikken is profilering: vertel influencers die u benadert "
                    "waar hun gegevens vandaan komen (art. 14 AVG). Controleer de rangschikking "
                    "op bias tegen kleinere of minder voor de hand liggende makers.",
    });

    // ---- [SECTION] ads, web and analytics -------------------------------------------------
    c.push_back({
        .key = "ad_optimisation",
        .name_en = "Paid-ads optimisation",
        .name_nl = "Optimalisatie van online advertenties",
        .description_en = "Tests ad variants automatically, chooses audiences and bids, and "
                          "predicts conversion per campaign.",
        .description_nl = "Test advertentievarianten automatisch, kiest doelgroepen en "
                          "biedingen, en voorspelt de conversie per campagne.",
        .data_subjects = {DS::WebsiteVisitors, DS::Customers, DS::GeneralPublic},
        .data_categories = {DC::Identifiers, DC::Behavioural, DC::Demographics,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kLargeScale, kDirectMarketing}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Tracking for ads needs cookie consent. Watch who actually sees the ads: a "
                    "platform trained on mostly male purchases showed 80% of electronics ads to "
                    "men. Compare reach per group regularly.",
        .hints_nl = "Tracking voor advertenties vraagt cookietoestemming. Let op wie de "
                    "advertenties echt ziet: een platform dat vooral op aankopen van mannen was "
                    "getraind, toonde 80% van de elektronica-advertenties aan mannen. Vergelijk "
                    "het bereik per groep regelmatig.",
    });
    c.push_back({
        .key = "budget_allocation",
        .name_en = "Budget allocation across channels",
        .name_nl = "Budgetverdeling over kanalen",
        .description_en = "Shifts media budget between channels and campaigns based on "
                          "results, for the best return on spend.",
        .description_nl = "Verschuift mediabudget tussen kanalen en campagnes op basis van de "
                          "resultaten, voor het beste rendement.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Usually works on aggregated campaign figures, without personal data. Keep "
                    "a person responsible for the final budget decision.",
        .hints_nl = "Werkt meestal met geaggregeerde campagnecijfers, zonder persoonsgegevens. "
                    "Houd een persoon verantwoordelijk voor de uiteindelijke budgetbeslissing.",
    });
    c.push_back({
        .key = "web_personalisation",
        .name_en = "Website personalisation",
        .name_nl = "Personalisatie van de website",
        .description_en = "Adapts banners, content and landing pages to each visitor, based on "
                          "their behaviour or profile.",
        .description_nl = "Past banners, inhoud en landingspagina's per bezoeker aan, op basis "
                          "van gedrag of profiel.",
        .data_subjects = {DS::WebsiteVisitors, DS::Customers},
        .data_categories = {DC::Identifiers, DC::Behavioural, DC::PurchaseHistory,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kDirectMarketing}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Tracking cookies need consent. Explain why visitors see what they see, "
                    "and offer a way to switch personalisation off.",
        .hints_nl = "Trackingcookies vragen toestemming. Leg uit waarom bezoekers zien wat ze "
                    "zien, en bied een manier om personalisatie uit te zetten.",
    });
    c.push_back({
        .key = "product_recommendations",
        .name_en = "Product recommendations",
        .name_nl = "Productaanbevelingen",
        .description_en = "Recommends products in the web shop, app and e-mails based on what a "
                          "customer and similar customers viewed and bought.",
        .description_nl = "Beveelt producten aan in webshop, app en e-mail, op basis van wat "
                          "een klant en vergelijkbare klanten bekeken en kochten.",
        .data_subjects = {DS::Customers, DS::WebsiteVisitors},
        .data_categories = {DC::Identifiers, DC::Behavioural, DC::PurchaseHistory,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kDirectMarketing}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Purchases can reveal health, religion or a pregnancy: do not infer or use "
                    "such traits (GDPR Art. 9). Let customers switch off personalised "
                    "recommendations.",
        .hints_nl = "Aankopen kunnen iets zeggen over gezondheid, geloof of een zwangerschap: "
                    "leid zulke kenmerken niet af en gebruik ze niet (art. 9 AVG). Laat klanten "
                    "gepersonaliseerde aanbevelingen uitzetten.",
    });
    c.push_back({
        .key = "analytics_insights",
        .name_en = "Analytics with automatic insights",
        .name_nl = "Analytics met automatische inzichten",
        .description_en = "Builds dashboards and points out notable patterns in web and "
                          "campaign data without anyone having to look for them.",
        .description_nl = "Maakt dashboards en wijst uit zichzelf op opvallende patronen in "
                          "web- en campagnedata.",
        .data_subjects = {DS::WebsiteVisitors},
        .data_categories = {DC::Identifiers, DC::Behavioural},
        .screening = facts({}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Configure analytics privacy-friendly (shortened IP addresses, no data "
                    "sharing) and keep reports aggregated. Check an automatic insight before "
                    "acting on it.",
        .hints_nl = "Stel analytics privacyvriendelijk in (ingekorte IP-adressen, geen gegevens "
                    "delen) en houd rapportages geaggregeerd. Controleer een automatisch inzicht "
                    "voordat u erop handelt.",
    });
    c.push_back({
        .key = "anomaly_detection",
        .name_en = "Anomaly detection",
        .name_nl = "Anomaliedetectie",
        .description_en = "Raises an alert when figures deviate from the usual pattern, such as "
                          "a sudden drop in web traffic or conversion.",
        .description_nl = "Slaat alarm als cijfers afwijken van het gebruikelijke patroon, zoals "
                          "een plotselinge daling van webverkeer of conversie.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Usually aggregated data only. Agree who follows up an alert, and how "
                    "quickly.",
        .hints_nl = "Meestal alleen geaggregeerde data. Spreek af wie een melding opvolgt, en "
                    "hoe snel.",
    });

    // ---- [SECTION] customer models --------------------------------------------------------
    c.push_back({
        .key = "churn_prediction",
        .name_en = "Churn prediction",
        .name_nl = "Churnvoorspelling",
        .description_en = "Predicts which customers are likely to leave, so that they can get "
                          "an offer to stay in time.",
        .description_nl = "Voorspelt welke klanten waarschijnlijk vertrekken, zodat ze op tijd "
                          "een aanbod krijgen om te blijven.",
        .data_subjects = {DS::Customers},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Behavioural, DC::PurchaseHistory,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kScoring, kDirectMarketing}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Use the score for better offers, never to refuse service or worsen terms. "
                    "Customers may object to this profiling (GDPR Art. 21(2)); check whether the "
                    "score disadvantages particular groups.",
        .hints_nl = "Gebruik de score voor betere aanbiedingen, nooit om dienstverlening te "
                    "weigeren of voorwaarden te verslechteren. Klanten mogen bezwaar maken tegen "
                    "deze profilering (art. 21 lid 2 AVG); controleer of de score bepaalde "
                    "groepen benadeelt.",
    });
    c.push_back({
        .key = "dynamic_pricing",
        .name_en = "Dynamic pricing",
        .name_nl = "Dynamische prijzen",
        .description_en = "Adjusts prices in real time to demand, stock, competitors' prices "
                          "and customer behaviour.",
        .description_nl = "Past prijzen realtime aan op vraag, voorraad, prijzen van "
                          "concurrenten en klantgedrag.",
        .data_subjects = {DS::Customers, DS::WebsiteVisitors},
        .data_categories = {DC::Identifiers, DC::Behavioural, DC::PurchaseHistory,
                            DC::InferredProfile},
        .screening = facts({kProfiling}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "A price that differs per person is a personalised price: say so with the "
                    "offer (Consumer Rights Directive Art. 6(1)(ea)). If a price effectively "
                    "shuts people out, it is an automated decision with significant effect "
                    "(GDPR Art. 22).",
        .hints_nl = "Een prijs die per persoon verschilt, is een gepersonaliseerde prijs: "
                    "vermeld dat bij het aanbod (art. 6 lid 1 onder ea richtlijn "
                    "consumentenrechten). Sluit een prijs mensen feitelijk uit, dan is het een "
                    "geautomatiseerd besluit met aanmerkelijke gevolgen (art. 22 AVG).",
    });
    c.push_back({
        .key = "journey_automation",
        .name_en = "Customer-journey automation",
        .name_nl = "Automatisering van de klantreis",
        .description_en = "Recognises behaviour patterns and starts automated flows, such as "
                          "welcome series and abandoned-basket reminders.",
        .description_nl = "Herkent gedragspatronen en start automatische flows, zoals "
                          "welkomstreeksen en herinneringen bij een verlaten winkelmandje.",
        .data_subjects = {DS::Customers, DS::Prospects},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Behavioural, DC::PurchaseHistory},
        .screening = facts({kProfiling, kDirectMarketing}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Every flow needs a clear opt-out that really stops it (GDPR Art. 21(3)). "
                    "Look at the flows together now and then: small triggers add up to a lot "
                    "of pressure.",
        .hints_nl = "Elke flow heeft een duidelijke afmeldmogelijkheid nodig die hem ook echt "
                    "stopt (art. 21 lid 3 AVG). Bekijk de flows af en toe samen: kleine "
                    "triggers tellen op tot veel druk.",
    });
    c.push_back({
        .key = "next_best_action",
        .name_en = "Next best action",
        .name_nl = "Next best action",
        .description_en = "Predicts for each customer which offer, message or channel fits best "
                          "right now, and suggests or triggers it.",
        .description_nl = "Voorspelt per klant welk aanbod, bericht of kanaal op dit moment het "
                          "best past, en stelt dat voor of zet het in gang.",
        .data_subjects = {DS::Customers},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Behavioural, DC::PurchaseHistory,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kScoring, kCombines, kDirectMarketing}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "A self-learning model can steer customers' own choices ever more "
                    "precisely: agree where helping ends and pushing begins. Have a person "
                    "approve every change to the strategy.",
        .hints_nl = "Een zelflerend model kan de eigen keuzes van klanten steeds preciezer "
                    "sturen: spreek af waar helpen ophoudt en duwen begint. Laat wijzigingen "
                    "in de strategie altijd door een mens beoordelen.",
    });
    c.push_back({
        .key = "personas_data_mining",
        .name_en = "Data mining and personas",
        .name_nl = "Datamining en persona's",
        .description_en = "Finds segments and patterns in customer and sales data, for category "
                          "management and data-driven personas.",
        .description_nl = "Vindt segmenten en patronen in klant- en verkoopdata, voor "
                          "categoriemanagement en datagedreven persona's.",
        .data_subjects = {DS::Customers},
        .data_categories = {DC::Demographics, DC::Behavioural, DC::PurchaseHistory},
        .screening = facts({kLargeScale, kCombines}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Work with pseudonymised or aggregated data wherever you can (GDPR Art. "
                    "25). Personas describe groups; make sure they do not turn into profiles of "
                    "individuals.",
        .hints_nl = "Werk waar het kan met gepseudonimiseerde of geaggregeerde gegevens (art. "
                    "25 AVG). Persona's beschrijven groepen; zorg dat ze geen profielen van "
                    "individuen worden.",
    });
    c.push_back({
        .key = "market_research",
        .name_en = "AI market research",
        .name_nl = "Marktonderzoek met AI",
        .description_en = "Processes large amounts of unstructured data, such as reviews, "
                          "social posts, news and competitor information, to spot patterns and "
                          "trends.",
        .description_nl = "Verwerkt grote hoeveelheden ongestructureerde data, zoals reviews, "
                          "social posts, nieuws en informatie over concurrenten, om patronen en "
                          "trends te zien.",
        .data_subjects = {DS::GeneralPublic},
        .data_categories = {DC::Identifiers},
        .screening = facts({}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Scraping can breach site terms and database rights; never scrape facial "
                    "images (AI Act Art. 5(1)(e)). Remove names and account names before the "
                    "analysis.",
        .hints_nl = "Scrapen kan in strijd zijn met gebruiksvoorwaarden en databankrecht; "
                    "scrape nooit gezichtsbeelden (art. 5 lid 1 onder e AI-verordening). "
                    "Verwijder namen en accountnamen voor de analyse.",
    });
    c.push_back({
        .key = "review_analysis",
        .name_en = "Review analysis",
        .name_nl = "Analyse van klantreviews",
        .description_en = "Reads customer reviews automatically and summarises what customers "
                          "praise and complain about, per product or store.",
        .description_nl = "Leest klantreviews automatisch en vat samen wat klanten prijzen en "
                          "waarover ze klagen, per product of winkel.",
        .data_subjects = {DS::Customers},
        .data_categories = {DC::Identifiers, DC::Communications},
        .screening = facts({}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Analyse reviews, not reviewers: remove names before the analysis. "
                    "Sentiment in text is not emotion recognition under the AI Act.",
        .hints_nl = "Analyseer reviews, niet de reviewers: verwijder namen voor de analyse. "
                    "Sentiment in tekst is geen emotieherkenning in de zin van de "
                    "AI-verordening.",
    });

    // ---- [SECTION] generative media -------------------------------------------------------
    c.push_back({
        .key = "generative_creative",
        .name_en = "Generative creative (images, video, jingles)",
        .name_nl = "Generatieve creatie (beeld, video, jingles)",
        .description_en = "Generates images, video, music and slogans for campaigns, as well as "
                          "quick concepts and storyboards.",
        .description_nl = "Genereert beelden, video, muziek en slogans voor campagnes, en snelle "
                          "concepten en storyboards.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({kGenerates}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Check licences and who owns the output before use, and agree this with the "
                    "vendor. Images, audio or video that resemble existing people, objects, "
                    "places or events and would falsely appear authentic are deepfakes: "
                    "disclose them (AI Act Art. 3(60) and 50(4)).",
        .hints_nl = "Controleer licenties en wie eigenaar is van het resultaat voordat u het "
                    "gebruikt, en leg dat vast met de leverancier. Beeld-, audio- of "
                    "videomateriaal dat lijkt op bestaande personen, voorwerpen, plaatsen of "
                    "gebeurtenissen en ten onrechte voor echt kan worden aangezien, is een "
                    "deepfake: maak dat bekend (art. 3 punt 60 en art. 50 lid 4 AI-verordening).",
    });
    c.push_back({
        .key = "deepfake_video",
        .name_en = "Deepfake video and voice cloning",
        .name_nl = "Deepfakevideo en stemklonen",
        .description_en = "Creates video or audio in which a real-looking person says or does "
                          "things that were never recorded, such as a digital twin of a brand "
                          "ambassador.",
        .description_nl = "Maakt video of audio waarin een levensecht persoon dingen zegt of "
                          "doet die nooit zijn opgenomen, zoals een digitale tweeling van een "
                          "merkambassadeur.",
        .data_subjects = {},
        .data_categories = {DC::ImagesVoice},
        .screening = facts({kDeepfake, kGenerates}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Disclose clearly that the video is artificially generated (AI Act Art. "
                    "50(4)). Get written consent from everyone whose face or voice is used, "
                    "limited in time and purpose.",
        .hints_nl = "Maak duidelijk bekend dat de video kunstmatig is gemaakt (art. 50 lid 4 "
                    "AI-verordening). Vraag schriftelijke toestemming van iedereen van wie "
                    "gezicht of stem wordt gebruikt, beperkt in tijd en doel.",
    });
    c.push_back({
        .key = "emotion_recognition_media",
        .name_en = "Emotion recognition in audio and video",
        .name_nl = "Emotieherkenning in audio en video",
        .description_en = "Reads emotions such as frustration or satisfaction from faces or "
                          "voices in video, images or calls, for example in customer-service "
                          "calls.",
        .description_nl = "Leest emoties zoals frustratie of tevredenheid af uit gezichten of "
                          "stemmen in video, beeld of gesprekken, bijvoorbeeld in "
                          "klantgesprekken.",
        .data_subjects = {DS::Customers},
        .data_categories = {DC::Communications, DC::ImagesVoice, DC::Biometric},
        .screening = facts({kEmotion, kInnovative}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "High risk (AI Act Annex III point 1), and the people exposed must be told "
                    "(Art. 50(3)). Using it on your own staff or in education is prohibited, "
                    "except for medical or safety reasons (Art. 5(1)(f)).",
        .hints_nl = "Hoog risico (bijlage III punt 1 AI-verordening), en wie eraan wordt "
                    "blootgesteld moet het weten (art. 50 lid 3). Toepassen op eigen "
                    "medewerkers of in het onderwijs is verboden, behalve om medische of "
                    "veiligheidsredenen (art. 5 lid 1 onder f).",
    });

    // ---- [SECTION] audiences and field ----------------------------------------------------
    c.push_back({
        .key = "lookalike_audiences",
        .name_en = "Look-alike audiences",
        .name_nl = "Lookalike-doelgroepen",
        .description_en = "Uploads (hashed) customer data to an ad platform, which finds new "
                          "people who resemble your converting customers.",
        .description_nl = "Uploadt (gehashte) klantgegevens naar een advertentieplatform, dat "
                          "nieuwe mensen zoekt die lijken op uw converterende klanten.",
        .data_subjects = {DS::Customers, DS::GeneralPublic},
        .data_categories = {DC::Contact, DC::Identifiers, DC::PurchaseHistory,
                            DC::InferredProfile},
        .screening = facts({kProfiling, kCombines, kDirectMarketing}),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Hashing is not anonymisation: the upload discloses personal data, often "
                    "outside the EU (GDPR Art. 44). You and the platform are usually joint "
                    "controllers (GDPR Art. 26); customers must know and be able to object.",
        .hints_nl = "Hashen is geen anonimiseren: de upload is een verstrekking van "
                    "persoonsgegevens, vaak buiten de EER (art. 44 AVG). U en het platform zijn "
                    "meestal gezamenlijk verwerkingsverantwoordelijk (art. 26 AVG); klanten "
                    "moeten het weten en bezwaar kunnen maken.",
    });
    c.push_back({
        .key = "route_optimisation",
        .name_en = "Field-marketing route optimisation",
        .name_nl = "Routeoptimalisatie fieldmarketing",
        .description_en = "Plans the best routes and visit schedules for field marketers and "
                          "promotion teams along stores and events.",
        .description_nl = "Plant de beste routes en bezoekschema's voor fieldmarketeers en "
                          "promotieteams langs winkels en evenementen.",
        .data_subjects = {DS::Employees},
        .data_categories = {DC::Contact, DC::Location},
        .screening = facts({}),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Plan routes, do not track people: following staff's live location is "
                    "employee monitoring, which needs a DPIA and the works council's consent. "
                    "Keep location data no longer than planning needs.",
        .hints_nl = "Plan routes, volg geen mensen: live locaties van medewerkers volgen is "
                    "personeelsmonitoring, waarvoor een DPIA en instemming van de "
                    "ondernemingsraad nodig zijn (art. 27 WOR). Bewaar locatiegegevens niet "
                    "langer dan de planning vraagt.",
    });
    c.push_back({
        .key = "llm_copywriting",
        .name_en = "E-mails and ads written by a language model",
        .name_nl = "E-mails en advertenties door een taalmodel",
        .description_en = "Lets a large language model write or rewrite e-mail copy, subject "
                          "lines and ad texts, which the team checks before use.",
        .description_nl = "Laat een groot taalmodel teksten voor e-mails, onderwerpregels en "
                          "advertenties schrijven of herschrijven; het team controleert ze voor "
                          "gebruik.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({kGenerates}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Keep personal data out of prompts and check whether the vendor reuses "
                    "your input for training. Check every claim: language models hallucinate "
                    "prices, facts and sources.",
        .hints_nl = "Houd persoonsgegevens buiten prompts en ga na of de leverancier uw invoer "
                    "hergebruikt voor training. Controleer elke claim: taalmodellen "
                    "hallucineren prijzen, feiten en bronnen.",
    });

    // ---- [SECTION] Annex III areas --------------------------------------------------------
    c.push_back({
        .key = "recruitment_ads",
        .name_en = "Targeted job advertisements",
        .name_nl = "Gerichte vacatureadvertenties",
        .description_en = "Targets job ads at people the system expects to be suitable "
                          "candidates, and so decides who sees which vacancy.",
        .description_nl = "Richt vacatureadvertenties op mensen die het systeem als geschikte "
                          "kandidaat ziet, en bepaalt zo wie welke vacature te zien krijgt.",
        .data_subjects = {DS::GeneralPublic, DS::JobApplicants},
        .data_categories = {DC::Identifiers, DC::Demographics, DC::Behavioural,
                            DC::InferredProfile},
        // AI Act Annex III point 4(a): placing targeted job advertisements.
        .screening = facts({kProfiling}, AnnexIII::Employment),
        .legal_basis = LB::LegitimateInterests,
        .vendor_example = "",
        .hints_en = "Placing targeted job ads is high risk (AI Act Annex III point 4(a)). "
                    "Never target or exclude by age, sex or origin (equal treatment law), and "
                    "check who actually sees the vacancy.",
        .hints_nl = "Gerichte vacatureadvertenties zijn hoog risico (bijlage III punt 4 onder "
                    "a AI-verordening). Richt of sluit nooit uit op leeftijd, geslacht of "
                    "afkomst (gelijkebehandelingswetgeving), en controleer wie de vacature echt "
                    "te zien krijgt.",
    });
    c.push_back({
        .key = "credit_offer_targeting",
        .name_en = "Credit and buy-now-pay-later offers by score",
        .name_nl = "Aanbod van krediet en achteraf betalen op basis van een score",
        .description_en = "Uses a credit or risk score to decide which customers are offered "
                          "credit, instalments or buy-now-pay-later, and on what terms.",
        .description_nl = "Bepaalt met een krediet- of risicoscore welke klanten krediet, "
                          "gespreid betalen of achteraf betalen aangeboden krijgen, en tegen "
                          "welke voorwaarden.",
        .data_subjects = {DS::Customers},
        .data_categories = {DC::Contact, DC::Identifiers, DC::Financial, DC::PurchaseHistory,
                            DC::InferredProfile},
        // AI Act Annex III point 5(b): creditworthiness and credit scoring.
        .screening = facts({kProfiling, kScoring, kAutomated}, AnnexIII::Creditworthiness),
        // Targeting an offer is not necessary for a contract with this person (EDPB Guidelines
        // 2/2019); an automated decision needs explicit consent (GDPR Art. 22(2)(c)).
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "Credit scoring is high risk (AI Act Annex III point 5(b)) and needs a "
                    "fundamental-rights impact assessment (Art. 27). A refusal by the score "
                    "alone is an automated decision: it needs the person's explicit consent "
                    "(targeting an offer is not necessary for a contract, EDPB Guidelines "
                    "2/2019), human review and an explanation (GDPR Art. 22).",
        .hints_nl = "Kredietscoring is hoog risico (bijlage III punt 5 onder b AI-verordening) "
                    "en vraagt een beoordeling van de gevolgen voor grondrechten (art. 27). Een "
                    "afwijzing op basis van alleen de score is een geautomatiseerd besluit: "
                    "daarvoor is uitdrukkelijke toestemming nodig (een aanbod richten is niet "
                    "noodzakelijk voor een overeenkomst, EDPB-richtsnoeren 2/2019), en "
                    "menselijke herbeoordeling en uitleg (art. 22 AVG).",
    });
    c.push_back({
        .key = "insurance_pricing",
        .name_en = "Insurance pricing and acceptance",
        .name_nl = "Premie en acceptatie van verzekeringen",
        .description_en = "Calculates premiums or acceptance for individual customers with a "
                          "risk model, for example for life or health insurance sold under "
                          "your own brand.",
        .description_nl = "Berekent premie of acceptatie per klant met een risicomodel, "
                          "bijvoorbeeld voor levens- en ziektekostenverzekeringen onder uw eigen merk.",
        .data_subjects = {DS::Customers, DS::Prospects},
        .data_categories = {DC::Contact, DC::Demographics, DC::Financial, DC::Health,
                            DC::InferredProfile},
        // AI Act Annex III point 5(c): risk assessment and pricing in life and health insurance.
        .screening = facts({kProfiling, kScoring, kAutomated}, AnnexIII::InsurancePricing),
        .legal_basis = LB::Contract,
        .vendor_example = "",
        .hints_en = "Risk assessment and pricing for life and health insurance is high risk "
                    "(AI Act Annex III point 5(c)) and needs a fundamental-rights impact "
                    "assessment (Art. 27). Health data needs a GDPR Art. 9(2) condition; other "
                    "insurance is not Annex III.",
        .hints_nl = "Risicobeoordeling en prijsstelling bij levens- en ziektekostenverzekeringen is "
                    "hoog risico (bijlage III punt 5 onder c AI-verordening) en vraagt een "
                    "beoordeling van de gevolgen voor grondrechten (art. 27). "
                    "Gezondheidsgegevens vragen een uitzonderingsgrond uit art. 9 lid 2 AVG; "
                    "andere verzekeringen vallen niet onder bijlage III.",
    });
    c.push_back({
        .key = "political_microtargeting",
        .name_en = "Political micro-targeting",
        .name_nl = "Politieke microtargeting",
        .description_en = "Targets political or social-issue messages at small groups of voters "
                          "based on their profile, to influence opinions or voting.",
        .description_nl = "Richt politieke of maatschappelijke boodschappen op kleine groepen "
                          "kiezers op basis van hun profiel, om meningen of stemgedrag te "
                          "beïnvloeden.",
        .data_subjects = {DS::GeneralPublic},
        // No political opinions pre-filled: Regulation (EU) 2024/900 Art. 18(1)(c) forbids
        // profiling on special-category data for political advertising.
        .data_categories = {DC::Identifiers, DC::Demographics, DC::Behavioural, DC::InferredProfile},
        // AI Act Annex III point 8(b): influencing elections or voting behaviour.
        .screening = facts({kProfiling, kLargeScale}, AnnexIII::Elections),
        .legal_basis = LB::Consent,
        .vendor_example = "",
        .hints_en = "AI meant to influence elections or voting is high risk (AI Act Annex III "
                    "point 8(b)). Regulation (EU) 2024/900 Art. 18(1) allows targeting political "
                    "ads only when all three hold: the data were collected from the person, "
                    "the person gave separate explicit consent for political advertising, and "
                    "no profiling uses special-category data; never at people known to be "
                    "under voting age (Art. 18(2)).",
        .hints_nl = "AI die verkiezingen of stemgedrag moet beïnvloeden, is hoog risico "
                    "(bijlage III punt 8 onder b AI-verordening). Verordening (EU) 2024/900 art. "
                    "18 lid 1 staat het richten van politieke advertenties alleen toe als alle "
                    "drie gelden: de gegevens zijn bij de persoon zelf verzameld, de persoon "
                    "gaf afzonderlijke uitdrukkelijke toestemming voor politieke reclame, en er "
                    "wordt niet geprofileerd op bijzondere persoonsgegevens; nooit gericht op "
                    "mensen van wie bekend is dat ze de stemgerechtigde leeftijd niet hebben "
                    "(art. 18 lid 2).",
    });

    // ---- [SECTION] other, and the API -----------------------------------------------------
    c.push_back({
        .key = "other",
        .name_en = "Other AI activity",
        .name_nl = "Andere AI-toepassing",
        .description_en = "An AI activity that is not in the catalogue. Describe in your own "
                          "words what it does, and for whom.",
        .description_nl = "Een AI-toepassing die niet in de catalogus staat. Beschrijf in eigen "
                          "woorden wat ze doet, en voor wie.",
        .data_subjects = {},
        .data_categories = {},
        .screening = facts({}),
        .legal_basis = LB::None,
        .vendor_example = "",
        .hints_en = "Go through the screening: it derives the AI Act risk level and the DPIA "
                    "check from your answers.",
        .hints_nl = "Doorloop de screening: die bepaalt uit uw antwoorden het risiconiveau "
                    "onder de AI-verordening en de DPIA-toets.",
    });
    return c;
}

}  // namespace

const std::vector<CatalogueEntry>& catalogue() {
    static const std::vector<CatalogueEntry> table = buildCatalogue();
    return table;
}

const CatalogueEntry* catalogueEntry(std::string_view key) {
    for (const CatalogueEntry& e : catalogue())
        if (e.key == key) return &e;
    return nullptr;
}

Activity activityFromCatalogue(std::string_view key, Lang lang) {
    const CatalogueEntry* e = catalogueEntry(key);
    if (e == nullptr) e = catalogueEntry("other");
    Activity a;
    a.name = std::string(e->name(lang));
    a.description = std::string(e->description(lang));
    a.application = std::string(e->key);
    a.data_subjects = e->data_subjects;
    a.data_categories = e->data_categories;
    a.screening = e->screening;
    a.legal_basis = e->legal_basis;
    return a;
}

}  // namespace air
