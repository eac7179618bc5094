// The AI Act screening wizard: question data (English and Dutch) and its skip logic.
// See wizard.hpp for how skipped questions are treated.
//
// [SECTION] relevance rules
// [SECTION] questions        (order = order asked)
// [SECTION] Annex III examples
// [SECTION] logic
#include "rules/wizard.hpp"

#include <cstddef>

namespace air::rules {

namespace {

// ---- [SECTION] relevance rules --------------------------------------------------------
// Each reads only facts set by earlier questions (a test checks this).

// AI Act Art. 5(1)(f): the workplace matters only for emotion recognition.
bool ifEmotion(const Screening& s) { return s.emotion_recognition; }
// AI Act Art. 5(1)(f): the medical/safety exception matters only for emotion recognition at
// work or in education.
bool ifEmotionAtWork(const Screening& s) {
    return s.emotion_recognition && s.workplace_or_education;
}
// AI Act Art. 5(1)(g): sensitive traits matter only for biometric categorisation.
bool ifBiometric(const Screening& s) { return s.biometric_categorisation; }
// AI Act Art. 6(3): the narrow-task exemption matters only for an Annex III area, and never
// applies to a system that profiles people.
bool ifAnnexWithoutProfiling(const Screening& s) {
    return s.annex_iii != AnnexIII::None && !s.profiling;
}
// GDPR Art. 22(3): human review matters only for automated decisions.
bool ifAutomatedDecision(const Screening& s) { return s.automated_decision; }
// AI Act Art. 50(4): editorial responsibility matters only for public-interest text.
bool ifPublicInterestText(const Screening& s) { return s.public_interest_text; }
// GDPR Art. 35(3)(c), AP list no. 9: a public space matters only for systematic monitoring.
bool ifSystematicMonitoring(const Screening& s) { return s.systematic_monitoring; }

constexpr AnswerKind kYesNo = AnswerKind::YesNo;

// ---- [SECTION] questions --------------------------------------------------------------
// Field order: key, kind, fact, article EN, article NL, question EN, question NL, why EN,
// why NL, example EN, example NL, relevance rule.
const std::vector<WizardQuestion>& questionTable() {
    static const std::vector<WizardQuestion> q = {
        // -- who you are under the AI Act (Art. 3(3)-(4), 25): decides who owes which duty --
        {"ai_act_role", AnswerKind::RoleChoice, "ai_act_role",
         "AI Act Art. 3(3)-(4) and 25", "art. 3 lid 3 en 4 en art. 25 AI-verordening",
         "Did you build it, or does it carry your name?",
         "Hebt u het zelf gebouwd, of draagt het uw naam?",
         "Then you are its provider, with the provider's duties (also when you built it on a vendor's model or API); otherwise you are its deployer, the user.",
         "Dan bent u de aanbieder, met de plichten van de aanbieder (ook als u het op een model of API van een leverancier hebt gebouwd); anders bent u de gebruiksverantwoordelijke, de gebruiker.",
         "A chatbot your developers built on a vendor's language model and offer under your brand: yes. A vendor's text generator your team uses for product texts: no.",
         "Een chatbot die uw ontwikkelaars op een taalmodel van een leverancier bouwden en onder uw merk aanbieden: ja. Een tekstgenerator van een leverancier die uw team voor productteksten gebruikt: nee.",
         nullptr},

        // -- transparency (AI Act Art. 50) --
        {"interacts_with_people", kYesNo, "interacts_with_people",
         "AI Act Art. 50(1)", "art. 50 lid 1 AI-verordening",
         "Do people talk or chat with it directly, for example as a chatbot or voice assistant?",
         "Voeren mensen er rechtstreeks een gesprek mee, bijvoorbeeld als chatbot of spraakassistent?",
         "The provider must make it tell people they are dealing with AI, unless that is obvious; as deployer you check that it does.",
         "De aanbieder moet ervoor zorgen dat het mensen laat weten dat ze met AI te maken hebben, tenzij dat evident is; als gebruiksverantwoordelijke controleert u dat.",
         "A customer-service chatbot on your website: yes. A model that scores leads in the background: no.",
         "Een klantenservicechatbot op uw website: ja. Een model dat op de achtergrond leads scoort: nee.",
         nullptr},
        {"generates_content", kYesNo, "generates_content",
         "AI Act Art. 50(2)", "art. 50 lid 2 AI-verordening",
         "Does it create text, images, audio or video?",
         "Maakt het tekst, beeld, audio of video?",
         "The provider marks generated content in a machine-readable way (except assistive editing); as deployer you disclose only deepfakes and public-interest text without editorial control.",
         "De aanbieder markeert gegenereerde content machineleesbaar (behalve bij ondersteunende bewerking); als gebruiksverantwoordelijke maakt u alleen deepfakes en tekst van algemeen belang zonder menselijke redactie herkenbaar.",
         "An AI tool that writes e-mail subject lines or makes product visuals: yes. A tool that only picks the best send time: no.",
         "Een AI-tool die onderwerpregels schrijft of productbeelden maakt: ja. Een tool die alleen het beste verzendmoment kiest: nee.",
         nullptr},
        {"deepfake", kYesNo, "deepfake",
         "AI Act Art. 3(60) and 50(4)", "art. 3 punt 60 en art. 50 lid 4 AI-verordening",
         "Does it generate or manipulate images, audio or video that resemble existing people, objects, places or events and would falsely appear authentic (a deepfake)?",
         "Maakt of bewerkt het beeld-, audio- of videomateriaal dat lijkt op bestaande personen, voorwerpen, plaatsen of gebeurtenissen en ten onrechte voor echt kan worden aangezien (een deepfake)?",
         "The deployer must disclose that such content was generated or manipulated by AI.",
         "Wie zulke content gebruikt, moet vermelden dat die door AI is gemaakt of bewerkt.",
         "A video in which your CEO speaks a language she does not speak, or a cloned voice in a radio ad: yes. A clearly drawn cartoon mascot: no.",
         "Een video waarin uw directeur een taal spreekt die ze niet beheerst, of een gekloonde stem in een radiospot: ja. Een duidelijk getekende mascotte: nee.",
         nullptr},
        {"public_interest_text", kYesNo, "public_interest_text",
         "AI Act Art. 50(4)", "art. 50 lid 4 AI-verordening",
         "Do you publish AI-written text to inform the public on matters of public interest?",
         "Publiceert u door AI geschreven tekst om het publiek te informeren over zaken van algemeen belang?",
         "Such text must be disclosed as AI-generated, unless a person reviews it and holds editorial responsibility (the next question).",
         "Zulke tekst moet als door AI gemaakt herkenbaar zijn, tenzij een mens hem controleert en de redactionele verantwoordelijkheid draagt (de volgende vraag).",
         "News updates or articles on public affairs on your corporate site: yes. Product descriptions and offers: no.",
         "Nieuwsberichten of artikelen over maatschappelijke kwesties op uw corporate site: ja. Productteksten en aanbiedingen: nee.",
         nullptr},
        {"editorial_control", kYesNo, "editorial_control",
         "AI Act Art. 50(4)", "art. 50 lid 4 AI-verordening",
         "Does a person review that text before it is published and hold editorial responsibility for it?",
         "Controleert een mens die tekst voordat die wordt gepubliceerd, en draagt die de redactionele verantwoordelijkheid?",
         "Then the text need not be disclosed as AI-generated.",
         "Dan hoeft de tekst niet als door AI gemaakt herkenbaar te zijn.",
         "An editor who checks, corrects and approves every AI draft under their own name: yes. Spot checks after publication: no.",
         "Een redacteur die elk AI-concept controleert, corrigeert en onder eigen naam goedkeurt: ja. Steekproeven achteraf: nee.",
         ifPublicInterestText},

        // -- emotion recognition and biometrics (Art. 5(1)(f)-(g), Annex III 1, Art. 50(3)) --
        {"emotion_recognition", kYesNo, "emotion_recognition",
         "AI Act Art. 5(1)(f), Art. 50(3) and Annex III(1)", "art. 5 lid 1 onder f, art. 50 lid 3 en bijlage III, punt 1 AI-verordening",
         "Does it recognise or infer emotions or intentions from faces, voices or other biometric data?",
         "Herkent het emoties of intenties, of leidt het die af, uit gezichten, stemmen of andere biometrische gegevens?",
         "Emotion recognition is high-risk, prohibited at work and in education, and the people exposed must be told.",
         "Emotieherkenning is hoog risico, verboden op het werk en in het onderwijs, en de betrokkenen moeten het weten.",
         "Measuring viewers' facial reactions to a commercial: yes. Sentiment analysis of written reviews or social posts: no, that is text, not biometric data. Detecting fatigue or pain: no, physical states are not emotions (recital 18).",
         "De gezichtsuitdrukkingen van kijkers bij een commercial meten: ja. Sentimentanalyse van geschreven reviews of social posts: nee, dat is tekst en geen biometrie. Vermoeidheid of pijn herkennen: nee, lichamelijke toestanden zijn geen emoties (overweging 18).",
         nullptr},
        {"workplace_or_education", kYesNo, "workplace_or_education",
         "AI Act Art. 5(1)(f)", "art. 5 lid 1 onder f AI-verordening",
         "Is it used on employees, job applicants or students, at work or in education?",
         "Wordt het ingezet bij medewerkers, sollicitanten, leerlingen of studenten, op het werk of in het onderwijs?",
         "Emotion recognition at work or in education is prohibited.",
         "Emotieherkenning op het werk of in het onderwijs is verboden.",
         "Analysing the voices of call-centre agents for stress: yes. Testing an ad with a consumer panel: no.",
         "De stemmen van callcentermedewerkers analyseren op stress: ja. Een advertentie testen bij een consumentenpanel: nee.",
         ifEmotion},
        {"medical_or_safety_reason", kYesNo, "medical_or_safety_reason",
         "AI Act Art. 5(1)(f)", "art. 5 lid 1 onder f AI-verordening",
         "Is it used only for medical or safety reasons?",
         "Wordt het uitsluitend om medische of veiligheidsredenen gebruikt?",
         "Only a medical or safety reason lifts the ban on emotion recognition at work or in education.",
         "Alleen een medische of veiligheidsreden heft het verbod op emotieherkenning op het werk of in het onderwijs op.",
         "Recognising acute distress in a helpline worker's voice so that a colleague can step in: yes. Measuring how enthusiastic sales staff sound: no. (Detecting fatigue is not emotion recognition at all: a physical state, recital 18.)",
         "Acute nood herkennen in de stem van een hulplijnmedewerker zodat een collega kan bijspringen: ja. Meten hoe enthousiast verkopers klinken: nee. (Vermoeidheid herkennen is helemaal geen emotieherkenning: een lichamelijke toestand, overweging 18.)",
         ifEmotionAtWork},
        {"biometric_categorisation", kYesNo, "biometric_categorisation",
         "AI Act Art. 3(40), Art. 50(3) and Annex III(1)", "art. 3 lid 40, art. 50 lid 3 en bijlage III, punt 1 AI-verordening",
         "Does it sort people by age, gender or another protected characteristic, based on their face, voice or body?",
         "Deelt het mensen in naar leeftijd, geslacht of een ander beschermd kenmerk, op basis van hun gezicht, stem of lichaam?",
         "Biometric categorisation is high-risk, and the people exposed must be informed.",
         "Biometrische categorisering is hoog risico, en de betrokkenen moeten worden geïnformeerd.",
         "A digital billboard that estimates the age and gender of passers-by to choose an ad: yes. A filter that only changes hair colour in a product try-on, or segmenting customers by purchase history: no (an ancillary feature is not categorisation, Art. 3(40)).",
         "Een digitaal reclamescherm dat leeftijd en geslacht van voorbijgangers schat om een advertentie te kiezen: ja. Een filter dat alleen de haarkleur verandert bij het virtueel passen, of klanten segmenteren op aankoophistorie: nee (een ondersteunende functie is geen categorisering, art. 3 lid 40).",
         nullptr},
        {"infers_sensitive_traits", kYesNo, "infers_sensitive_traits",
         "AI Act Art. 5(1)(g)", "art. 5 lid 1 onder g AI-verordening",
         "Does it infer race, political opinions, trade-union membership, religion or beliefs, sex life or sexual orientation?",
         "Leidt het ras, politieke opvattingen, vakbondslidmaatschap, religie of levensovertuiging, seksueel gedrag of seksuele gerichtheid af?",
         "Biometric categorisation that infers these traits is prohibited.",
         "Biometrische categorisering die deze kenmerken afleidt, is verboden.",
         "Guessing shoppers' ethnic origin from camera images to tailor offers: yes. Estimating only an age group: no.",
         "Uit camerabeelden de afkomst van winkelend publiek schatten om aanbiedingen af te stemmen: ja. Alleen een leeftijdsgroep schatten: nee.",
         ifBiometric},

        // -- other prohibited practices (AI Act Art. 5(1)(a)-(c), (ba)) --
        {"intimate_imagery", kYesNo, "intimate_imagery",
         "AI Act Art. 5(1)(ba) (Digital Omnibus)", "art. 5 lid 1 onder ba AI-verordening (Digital Omnibus)",
         "Can it generate or manipulate sexual or intimate images, video or audio of real people without their consent, or child sexual abuse material?",
         "Kan het seksuele of intieme beelden, video of audio van echte personen zonder hun toestemming maken of bewerken, of materiaal van seksueel kindermisbruik?",
         "Such systems are prohibited from 2 Dec 2026.",
         "Zulke systemen zijn vanaf 2 december 2026 verboden.",
         "An image generator without safeguards that can undress a photo of a real person: yes. A generator for product visuals that refuses nudity and real people's likeness: no.",
         "Een beeldgenerator zonder waarborgen die een foto van een echt persoon kan uitkleden: ja. Een generator voor productbeelden die naakt en de gelijkenis van echte personen weigert: nee.",
         nullptr},
        {"manipulative_techniques", kYesNo, "manipulative_techniques",
         "AI Act Art. 5(1)(a)", "art. 5 lid 1 onder a AI-verordening",
         "Does it use subliminal, manipulative or deceptive techniques that push people into choices that can seriously harm them?",
         "Gebruikt het subliminale, manipulatieve of misleidende technieken die mensen tot keuzes brengen die hen ernstig kunnen schaden?",
         "These practices are prohibited.",
         "Deze praktijken zijn verboden.",
         "A chatbot that invents fake scarcity to pressure people into loans they cannot afford: yes. Ordinary personalised offers: no.",
         "Een chatbot die nepschaarste verzint om mensen onder druk een lening te laten afsluiten die ze niet kunnen betalen: ja. Gewone gepersonaliseerde aanbiedingen: nee.",
         nullptr},
        {"exploits_vulnerabilities", kYesNo, "exploits_vulnerabilities",
         "AI Act Art. 5(1)(b)", "art. 5 lid 1 onder b AI-verordening",
         "Does it exploit people's vulnerabilities due to their age, disability or social or economic situation?",
         "Maakt het misbruik van de kwetsbaarheid van mensen door hun leeftijd, een beperking of hun sociale of economische situatie?",
         "Exploiting these vulnerabilities in a way that can cause significant harm is prohibited.",
         "Misbruik van deze kwetsbaarheden op een manier die aanzienlijke schade kan veroorzaken, is verboden.",
         "Aiming gambling ads at people whose data suggests money problems: yes. Age-appropriate content for teenagers: no.",
         "Gokadvertenties richten op mensen bij wie de gegevens op geldproblemen wijzen: ja. Leeftijdsgeschikte content voor tieners: nee.",
         nullptr},
        {"social_scoring", kYesNo, "social_scoring",
         "AI Act Art. 5(1)(c)", "art. 5 lid 1 onder c AI-verordening",
         "Does it score people on their social behaviour or personal traits, so that they are treated unfairly or disproportionately elsewhere?",
         "Beoordeelt het mensen op hun sociale gedrag of persoonlijke kenmerken, waardoor ze elders onterecht of onevenredig worden behandeld?",
         "Social scoring that leads to detrimental treatment is prohibited.",
         "Sociale scoring die tot benadeling leidt, is verboden.",
         "Refusing customers because of social-media behaviour unrelated to your product: yes. A loyalty programme based on purchases: no.",
         "Klanten weigeren vanwege hun gedrag op social media dat niets met uw product te maken heeft: ja. Een spaarprogramma op basis van aankopen: nee.",
         nullptr},

        // -- high risk (AI Act Art. 6 and Annex III) --
        {"annex_iii", AnswerKind::AnnexChoice, "annex_iii",
         "AI Act Art. 6(2) and Annex III", "art. 6 lid 2 en bijlage III AI-verordening",
         "Is it used in one of these areas: biometrics, critical infrastructure, education, employment (including job ads), public benefits, creditworthiness, life or health insurance pricing, emergency calls, law enforcement, migration, justice, or elections and voting?",
         "Wordt het ingezet in een van deze gebieden: biometrie, kritieke infrastructuur, onderwijs, werk (ook vacatureadvertenties), publieke uitkeringen, kredietwaardigheid, premies van levens- of zorgverzekeringen, noodoproepen, rechtshandhaving, migratie, rechtspraak, of verkiezingen en stemgedrag?",
         "AI systems in these Annex III areas are high-risk, unless they only do a narrow procedural task.",
         "AI-systemen in deze gebieden uit bijlage III zijn hoog risico, tenzij ze alleen een beperkte procedurele taak uitvoeren.",
         "Placing targeted job ads is employment (4); buy-now-pay-later offers decided by a score are creditworthiness (5b); political micro-targeting is elections (8). A lead score for B2B sales: none of these. A face login that only verifies that a customer is who they claim (1:1) is not remote biometric identification (1).",
         "Gerichte vacatureadvertenties plaatsen valt onder werk (4); achteraf-betalen-aanbiedingen op basis van een score vallen onder kredietwaardigheid (5b); politieke microtargeting valt onder verkiezingen (8). Een leadscore voor B2B-sales: geen van deze. Inloggen met het gezicht, waarbij alleen wordt gecontroleerd of een klant is wie hij zegt te zijn (1-op-1), is geen biometrische identificatie op afstand (1).",
         nullptr},
        {"profiling", kYesNo, "profiling",
         "AI Act Art. 6(3); GDPR Art. 4(4) and 35", "art. 6 lid 3 AI-verordening; art. 4 onder 4 en art. 35 AVG",
         "Does it profile people: evaluate or predict personal aspects such as interests, behaviour, reliability or economic situation?",
         "Profileert het mensen: beoordeelt of voorspelt het persoonlijke aspecten zoals interesses, gedrag, betrouwbaarheid of economische situatie?",
         "Profiling counts towards a DPIA, and an Annex III system that profiles people is always high-risk.",
         "Profilering telt mee voor een DPIA, en een systeem uit bijlage III dat mensen profileert, is altijd hoog risico.",
         "Predicting which customers will leave, or a lead score per person: yes. Choosing one send time for the whole mailing list: no.",
         "Voorspellen welke klanten gaan opzeggen, of een leadscore per persoon: ja. Eén verzendmoment kiezen voor de hele mailinglijst: nee.",
         nullptr},
        {"narrow_procedural_task", kYesNo, "narrow_procedural_task",
         "AI Act Art. 6(3)-(4)", "art. 6 lid 3 en 4 AI-verordening",
         "Does it only do a narrow procedural or preparatory task, or improve or check work a person has already done, without replacing human judgement?",
         "Voert het alleen een beperkte procedurele of voorbereidende taak uit, of verbetert of controleert het werk dat een mens al heeft gedaan, zonder het menselijk oordeel te vervangen?",
         "Then it is not high-risk, but the provider must document that assessment.",
         "Dan is het geen hoog risico, maar de aanbieder moet die beoordeling vastleggen.",
         "A tool that only checks job ads for spelling and a consistent layout: yes. A tool that decides who gets to see the job ad: no.",
         "Een tool die vacatureteksten alleen controleert op spelling en een consistente opmaak: ja. Een tool die bepaalt wie de vacature te zien krijgt: nee.",
         ifAnnexWithoutProfiling},

        // -- GDPR and the DPIA criteria (GDPR Art. 21, 22, 35; EDPB/WP248) --
        {"evaluation_scoring", kYesNo, "evaluation_scoring",
         "GDPR Art. 35; EDPB/WP248 criterion 1", "art. 35 AVG; WP248, criterium 1",
         "Does it give people a score or a ranking, for example a lead score, credit score or customer value?",
         "Geeft het mensen een score of rangorde, bijvoorbeeld een leadscore, kredietscore of klantwaarde?",
         "Evaluating or scoring people counts towards a DPIA and calls for bias checks.",
         "Mensen beoordelen of scoren telt mee voor een DPIA en vraagt om controle op bias.",
         "A customer-lifetime-value score per customer: yes. An A/B test of two subject lines: no.",
         "Een customer-lifetime-value-score per klant: ja. Een A/B-test van twee onderwerpregels: nee.",
         nullptr},
        {"automated_decision", kYesNo, "automated_decision",
         "GDPR Art. 22; EDPB/WP248 criterion 2", "art. 22 AVG; WP248, criterium 2",
         "Does it decide about people on its own, with legal or similarly significant effects, such as refusing credit, a job application or a fair price?",
         "Neemt het zelfstandig besluiten over mensen met rechtsgevolgen of vergelijkbare wezenlijke gevolgen, zoals krediet, een sollicitatie of een redelijke prijs weigeren?",
         "Such decisions are allowed only on a contract, a law or explicit consent, need human review on request, and count towards a DPIA.",
         "Zulke besluiten mogen alleen op grond van een overeenkomst, een wet of uitdrukkelijke toestemming, vragen om menselijke herbeoordeling op verzoek, en tellen mee voor een DPIA.",
         "A web shop that automatically refuses pay-later to some customers: yes. Choosing which banner a visitor sees: usually no.",
         "Een webwinkel die achteraf betalen automatisch weigert voor sommige klanten: ja. Kiezen welke banner een bezoeker ziet: meestal niet.",
         nullptr},
        {"human_review", kYesNo, "human_review",
         "GDPR Art. 22(3)", "art. 22 lid 3 AVG",
         "Can a person review the decision on request and change it?",
         "Is er menselijke herbeoordeling op verzoek (art. 22 lid 3 AVG): kan een medewerker het besluit op verzoek opnieuw beoordelen en aanpassen?",
         "People have the right to human intervention, to give their view and to contest the decision.",
         "Mensen hebben recht op menselijke tussenkomst, op het geven van hun standpunt en op het aanvechten van het besluit.",
         "Customers refused pay-later can ask customer service to look again, and the agent can overrule the model: yes.",
         "Klanten bij wie achteraf betalen is geweigerd, kunnen de klantenservice vragen opnieuw te kijken, en de medewerker kan het model overrulen: ja.",
         ifAutomatedDecision},
        {"direct_marketing", kYesNo, "direct_marketing",
         "GDPR Art. 21(2)-(3)", "art. 21 lid 2 en 3 AVG",
         "Is it used for direct marketing: personal e-mails, ads or offers aimed at individuals?",
         "Wordt het ingezet voor direct marketing: persoonlijke e-mails, advertenties of aanbiedingen gericht op individuen?",
         "People can always object to direct marketing, including the profiling for it.",
         "Mensen kunnen altijd bezwaar maken tegen direct marketing, ook tegen de profilering daarvoor.",
         "Personalised newsletters or retargeting ads: yes. Forecasting next month's total sales: no.",
         "Gepersonaliseerde nieuwsbrieven of retargetingadvertenties: ja. De totale omzet van volgende maand voorspellen: nee.",
         nullptr},
        {"systematic_monitoring", kYesNo, "systematic_monitoring",
         "GDPR Art. 35(3)(c); EDPB/WP248 criterion 3", "art. 35 lid 3 onder c AVG; WP248, criterium 3",
         "Does it systematically observe or track people, for example their online behaviour or location over time?",
         "Volgt of observeert het mensen stelselmatig, bijvoorbeeld hun online gedrag of hun locatie door de tijd heen?",
         "Systematic monitoring counts towards a DPIA.",
         "Stelselmatige monitoring telt mee voor een DPIA.",
         "Tracking visitors across websites to build profiles: yes. A one-off anonymous survey: no.",
         "Bezoekers over meerdere websites volgen om profielen op te bouwen: ja. Een eenmalige anonieme enquête: nee.",
         nullptr},
        {"public_space", kYesNo, "public_space",
         "GDPR Art. 35(3)(c); Dutch DPA list no. 9", "art. 35 lid 3 onder c AVG; AP-lijst, nr. 9",
         "Does it monitor a publicly accessible area, such as a shop, a station or the street?",
         "Houdt het toezicht op een openbaar toegankelijke ruimte, zoals een winkel, een station of de straat?",
         "Large-scale systematic monitoring of a publicly accessible area always needs a DPIA by law, and so does camera surveillance there.",
         "Bij grootschalige stelselmatige monitoring van een openbaar toegankelijke ruimte is een DPIA altijd verplicht, bij cameratoezicht daar ook.",
         "Cameras that count and follow shoppers in your stores: yes. Tracking behaviour on your own website: no.",
         "Camera's die winkelend publiek in uw winkels tellen en volgen: ja. Gedrag op uw eigen website volgen: nee.",
         ifSystematicMonitoring},
        {"large_scale", kYesNo, "large_scale",
         "GDPR Art. 35; EDPB/WP248 criterion 5", "art. 35 AVG; WP248, criterium 5",
         "Does it process data about many people, for example your whole customer base or a large part of a region?",
         "Verwerkt het gegevens van veel mensen, bijvoorbeeld uw hele klantenbestand of een groot deel van een regio?",
         "Processing on a large scale counts towards a DPIA.",
         "Verwerking op grote schaal telt mee voor een DPIA.",
         "Personalising the web shop for all 500,000 customers: yes. A pilot with 50 volunteers: no.",
         "De webwinkel personaliseren voor alle 500.000 klanten: ja. Een pilot met 50 vrijwilligers: nee.",
         nullptr},
        {"combines_datasets", kYesNo, "combines_datasets",
         "GDPR Art. 35; EDPB/WP248 criterion 6", "art. 35 AVG; WP248, criterium 6",
         "Does it match or combine datasets from different sources or collected for different purposes?",
         "Koppelt of combineert het datasets uit verschillende bronnen of die voor verschillende doelen zijn verzameld?",
         "Combining data in ways people would not expect counts towards a DPIA.",
         "Gegevens combineren op een manier die mensen niet verwachten, telt mee voor een DPIA.",
         "Enriching CRM data with purchased lifestyle data or loyalty-card purchases: yes. Using only the orders in your own shop: no.",
         "CRM-gegevens verrijken met ingekochte lifestyledata of aankopen via de klantenkaart: ja. Alleen de bestellingen in uw eigen webwinkel gebruiken: nee.",
         nullptr},
        {"vulnerable_subjects", kYesNo, "vulnerable_subjects",
         "GDPR Art. 35; EDPB/WP248 criterion 7", "art. 35 AVG; WP248, criterium 7",
         "Does it concern vulnerable people, such as children, employees, job applicants, patients or people in financial trouble?",
         "Gaat het om kwetsbare mensen, zoals kinderen, medewerkers, sollicitanten, patiënten of mensen met geldproblemen?",
         "Vulnerable people count towards a DPIA; children among the data subjects count automatically, employees and job applicants when they are scored, profiled, monitored or decided about.",
         "Kwetsbare betrokkenen tellen mee voor een DPIA; kinderen als betrokkenen tellen automatisch mee, medewerkers en sollicitanten als zij worden gescoord, geprofileerd, gevolgd of als er over hen wordt besloten.",
         "A game app for teenagers, or payment reminders to customers in arrears: yes. Newsletters to business contacts: no.",
         "Een game-app voor tieners, of betalingsherinneringen aan klanten met een achterstand: ja. Nieuwsbrieven aan zakelijke relaties: nee.",
         nullptr},
        {"innovative_technology", kYesNo, "innovative_technology",
         "GDPR Art. 35(1); EDPB/WP248 criterion 8", "art. 35 lid 1 AVG; WP248, criterium 8",
         "Does it use new technology, or technology in a new way, whose effects on people are not yet well known?",
         "Gebruikt het nieuwe technologie, of technologie op een nieuwe manier, waarvan de gevolgen voor mensen nog niet goed bekend zijn?",
         "Innovative technology counts towards a DPIA; many new AI applications meet this criterion.",
         "Innovatieve technologie telt mee voor een DPIA; veel nieuwe AI-toepassingen voldoen aan dit criterium.",
         "A generative AI avatar that talks to customers: yes. A recommendation engine that has run unchanged for years: usually no.",
         "Een generatieve AI-avatar die met klanten praat: ja. Een aanbevelingssysteem dat al jaren ongewijzigd draait: meestal niet.",
         nullptr},
        {"blocks_service", kYesNo, "blocks_service",
         "GDPR Art. 35; EDPB/WP248 criterion 9", "art. 35 AVG; WP248, criterium 9",
         "Can the outcome stop people from using a service, exercising a right or entering into a contract?",
         "Kan de uitkomst mensen de toegang tot een dienst, een recht of een overeenkomst ontzeggen?",
         "Processing that can block a right, a service or a contract counts towards a DPIA.",
         "Een verwerking die een recht, dienst of overeenkomst kan blokkeren, telt mee voor een DPIA.",
         "A fraud score that stops some customers from ordering: yes. Ranking products in a personal order: no.",
         "Een fraudescore die sommige klanten tegenhoudt bij het bestellen: ja. Producten in een persoonlijke volgorde tonen: nee.",
         nullptr},
    };
    return q;
}

// ---- [SECTION] Annex III examples -----------------------------------------------------
// Indexed by AnnexIII; where marketing touches the area (DOMAIN.md 1).
struct Example2 {
    std::string_view en, nl;
};
constexpr Example2 kAnnexExamples[] = {
    {"", ""},
    {"Recognising returning customers by their face in a shop (a face login that checks one person against their own photo, 1:1 verification, is not remote identification)",
     "Terugkerende klanten in een winkel herkennen aan hun gezicht (inloggen met uw gezicht, waarbij één persoon met de eigen foto wordt vergeleken, 1-op-1-verificatie, is geen identificatie op afstand)"},
    {"Managing the energy grid or water supply", "Het energienet of de watervoorziening aansturen"},
    {"Deciding admission to a course or grading students",
     "Bepalen wie wordt toegelaten tot een opleiding, of studenten beoordelen"},
    {"Placing targeted job ads or ranking applicants",
     "Gerichte vacatureadvertenties plaatsen of sollicitanten rangschikken"},
    {"Deciding who receives a public benefit", "Bepalen wie een publieke uitkering krijgt"},
    {"Buy-now-pay-later or credit offers decided by a score",
     "Achteraf betalen of kredietaanbiedingen op basis van een score"},
    {"Personal premiums for life or health insurance",
     "Persoonlijke premies voor levens- of zorgverzekeringen"},
    {"Sorting emergency calls", "Noodoproepen sorteren"},
    {"Assessing risks for the police", "Risico's inschatten voor de politie"},
    {"Assessing visa or asylum applications", "Visum- of asielaanvragen beoordelen"},
    {"Helping a court to research and interpret facts",
     "Een rechter helpen feiten te onderzoeken en te duiden"},
    {"Political micro-targeting to influence voting behaviour",
     "Politieke microtargeting om stemgedrag te beïnvloeden"},
};
static_assert(std::size(kAnnexExamples) == std::size_t(AnnexIII::COUNT), "one row per AnnexIII value");

bool validIndex(int i) { return i >= 0 && std::size_t(i) < questionTable().size(); }

}  // namespace

// ---- [SECTION] logic ------------------------------------------------------------------

const std::vector<WizardQuestion>& wizardQuestions() { return questionTable(); }

int wizardQuestionIndex(std::string_view key) {
    const auto& q = questionTable();
    for (std::size_t i = 0; i < q.size(); ++i)
        if (q[i].key == key) return int(i);
    return -1;
}

bool* screeningFlag(Screening& s, std::string_view key) {
    for (const ScreeningFlag& f : kScreeningFlags)
        if (key == f.key) return &(s.*f.member);
    return nullptr;
}

const bool* screeningFlag(const Screening& s, std::string_view key) {
    for (const ScreeningFlag& f : kScreeningFlags)
        if (key == f.key) return &(s.*f.member);
    return nullptr;
}

std::vector<int> visibleQuestions(const Screening& s) {
    std::vector<int> out;
    const auto& q = questionTable();
    for (std::size_t i = 0; i < q.size(); ++i)
        if (q[i].relevant(s)) out.push_back(int(i));
    return out;
}

bool answerOf(const Screening& s, int questionIndex) {
    if (!validIndex(questionIndex)) return false;
    const WizardQuestion& q = questionTable()[std::size_t(questionIndex)];
    if (q.kind == AnswerKind::RoleChoice) return false;  // the role is not a screening fact
    if (q.kind == AnswerKind::AnnexChoice) return s.annex_iii != AnnexIII::None;
    const bool* flag = screeningFlag(s, q.fact);
    return flag && *flag;
}

void normalise(Screening& s) {
    // Relevance depends only on earlier questions, so one pass in order settles every fact;
    // the loop repeats anyway until nothing changes, in case that ever stops being true.
    for (bool changed = true; changed;) {
        changed = false;
        for (const WizardQuestion& q : questionTable()) {
            if (q.relevant(s)) continue;
            if (q.kind == AnswerKind::AnnexChoice) {
                if (s.annex_iii != AnnexIII::None) s.annex_iii = AnnexIII::None, changed = true;
            } else if (bool* flag = screeningFlag(s, q.fact); flag && *flag) {
                *flag = false;
                changed = true;
            }
        }
    }
}

void applyAnswer(Screening& s, int questionIndex, bool yes) {
    if (!validIndex(questionIndex)) return;
    const WizardQuestion& q = questionTable()[std::size_t(questionIndex)];
    if (q.kind == AnswerKind::AnnexChoice) {
        if (!yes) s.annex_iii = AnnexIII::None;
    } else if (bool* flag = screeningFlag(s, q.fact)) {
        *flag = yes;
    }
    normalise(s);
}

bool answerOf(const Activity& a, int questionIndex) {
    if (!validIndex(questionIndex)) return false;
    if (questionTable()[std::size_t(questionIndex)].kind == AnswerKind::RoleChoice)
        return a.ai_act_role == AiActRole::Provider;
    return a.screening && answerOf(*a.screening, questionIndex);
}

void applyAnswer(Activity& a, int questionIndex, bool yes) {
    if (!validIndex(questionIndex)) return;
    if (questionTable()[std::size_t(questionIndex)].kind == AnswerKind::RoleChoice) {
        // AI Act Art. 3(3), 25: built it or put its name on it -> provider. "No" makes a
        // provider a deployer, and keeps an importer or distributor what it is.
        if (yes) a.ai_act_role = AiActRole::Provider;
        else if (a.ai_act_role == AiActRole::Provider) a.ai_act_role = AiActRole::Deployer;
        return;
    }
    if (!a.screening) a.screening = Screening{};
    applyAnswer(*a.screening, questionIndex, yes);
}

void applyAnnex(Screening& s, AnnexIII area) {
    s.annex_iii = area;
    normalise(s);
}

std::string_view annexMarketingExample(AnnexIII area, Lang lang) {
    const Example2& e = kAnnexExamples[std::size_t(area)];
    return lang == Lang::Nl ? e.nl : e.en;
}

}  // namespace air::rules
