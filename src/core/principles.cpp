// The workshop principles deck (DOMAIN.md 5), written for a marketing team's ethics session.
// Examples come from the seed documents: the ad platform that learned from electronics
// purchases (fairness), nudging customers' own choices ever more precisely (autonomy, DDMA),
// hallucinations (honesty), Europeans' worries about AI and their data (trust).
//
// Index:
//   [SECTION] transparency, fairness, privacy, autonomy
//   [SECTION] human oversight, accountability, honesty, trust
//   [SECTION] API
#include "core/principles.hpp"

namespace air {
namespace {

// Builds the deck in Principle order; called once.
std::vector<PrincipleCard> buildDeck() {
    std::vector<PrincipleCard> d;
    d.reserve(enumCount<Principle>());

    // ---- [SECTION] transparency, fairness, privacy, autonomy ------------------------------
    d.push_back({
        .principle = Principle::Transparency,
        .summary_en =
            "Customers have a right to understand how AI decides which ads, content and offers "
            "they see. Many models work as a black box, for marketers as much as for customers. "
            "Being open about where AI is used, which data it uses and why someone sees "
            "something builds trust; keeping quiet about it invites the feeling of being "
            "manipulated. The AI Act requires that people know when they are talking to a bot "
            "or looking at a deepfake (Art. 50).",
        .summary_nl =
            "Klanten hebben er recht op te begrijpen hoe AI bepaalt welke advertenties, content "
            "en aanbiedingen ze te zien krijgen. Veel modellen werken als een black box, voor "
            "marketeers net zo goed als voor klanten. Wie open is over waar AI wordt ingezet, "
            "welke gegevens het gebruikt en waarom iemand iets te zien krijgt, bouwt vertrouwen "
            "op; wie erover zwijgt, wekt het gevoel van manipulatie. De AI-verordening eist dat "
            "mensen weten wanneer ze met een bot praten of naar een deepfake kijken (art. 50).",
        .questions =
            {
                {"Would a customer understand from our privacy statement and our website or app "
                 "that AI is at work here, and what it does?",
                 "Begrijpt een klant uit onze privacyverklaring en onze website of app dat hier "
                 "AI aan het werk is, en wat die doet?"},
                {"Can we explain in two sentences why a particular customer sees this ad, offer "
                 "or price?",
                 "Kunnen we in twee zinnen uitleggen waarom een bepaalde klant deze advertentie, "
                 "dit aanbod of deze prijs ziet?"},
                {"Do we understand what the model does ourselves, or do we rely on the vendor's "
                 "word?",
                 "Begrijpen we zelf wat het model doet, of varen we blind op het woord van de "
                 "leverancier?"},
                {"Where would we rather not mention that AI is involved, and what does that tell "
                 "us about the activity?",
                 "Waar zouden we liever niet vertellen dat er AI achter zit, en wat zegt dat over "
                 "de toepassing?"},
            },
    });
    d.push_back({
        .principle = Principle::Fairness,
        .summary_en =
            "AI reflects the data it learned from. An ad platform trained on electronics "
            "purchases that were 70% made by men ended up showing 80% of its electronics ads to "
            "men: fewer ads for women, lost sales and a reinforced stereotype. A recruitment "
            "tool trained on a mostly male workforce rated men as the better candidates. Bias "
            "rarely announces itself: it has to be looked for, measured and corrected, without "
            "overcorrecting.",
        .summary_nl =
            "AI weerspiegelt de data waarvan het leerde. Een advertentieplatform dat was "
            "getraind op elektronica-aankopen die voor 70% door mannen werden gedaan, toonde "
            "uiteindelijk 80% van de elektronica-advertenties aan mannen: minder advertenties "
            "voor vrouwen, gemiste omzet en een versterkt stereotype. Een wervingstool die was "
            "getraind op een overwegend mannelijk personeelsbestand, vond mannen de geschiktere "
            "kandidaten. Bias kondigt zich zelden aan: u moet ernaar zoeken, het meten en "
            "bijsturen, zonder door te schieten.",
        .questions =
            {
                {"Which groups are under-represented in the data this system learned from, and "
                 "what happens to them?",
                 "Welke groepen zijn ondervertegenwoordigd in de data waarvan dit systeem leerde, "
                 "en wat gebeurt er met hen?"},
                {"If 80% of our ads for a product went to men, would we notice? And who would "
                 "act on it?",
                 "Als 80% van onze advertenties voor een product bij mannen terechtkwam, zouden "
                 "we dat merken? En wie onderneemt dan actie?"},
                {"Which customers get a worse offer, a higher price or no offer at all, and can "
                 "we justify that?",
                 "Welke klanten krijgen een slechter aanbod, een hogere prijs of helemaal geen "
                 "aanbod, en kunnen we dat verantwoorden?"},
                {"How often do we measure outcomes per group, and what difference do we still "
                 "accept?",
                 "Hoe vaak meten we de uitkomsten per groep, en welk verschil vinden we nog "
                 "acceptabel?"},
                {"Could correcting for bias go too far, and how would we notice?",
                 "Kan het bijsturen op bias ook doorschieten, en hoe zouden we dat merken?"},
            },
    });
    d.push_back({
        .principle = Principle::Privacy,
        .summary_en =
            "AI is hungry for data, but the GDPR asks for the opposite: only the personal data "
            "the purpose needs, on a clear legal basis, for a purpose set in advance, kept no "
            "longer than necessary. Sharing data with an AI vendor means making agreements, "
            "taking care with transfers outside the EU and checking whether the vendor reuses "
            "your customers' data to train its models. People keep the right to object, and for "
            "direct marketing that right is absolute.",
        .summary_nl =
            "AI heeft honger naar data, maar de AVG vraagt het omgekeerde: alleen de "
            "persoonsgegevens die het doel vereist, op een duidelijke grondslag, voor een vooraf "
            "vastgesteld doel en niet langer bewaard dan nodig. Wie gegevens deelt met een "
            "AI-leverancier, maakt afspraken, let op doorgifte buiten de EER en gaat na of de "
            "leverancier de gegevens van uw klanten hergebruikt om zijn modellen te trainen. "
            "Mensen houden het recht om bezwaar te maken, en bij direct marketing is dat recht "
            "absoluut.",
        .questions =
            {
                {"Which data could we leave out without the result getting noticeably worse?",
                 "Welke gegevens kunnen we weglaten zonder dat het resultaat merkbaar slechter "
                 "wordt?"},
                {"Would customers expect their data to be used for this, given why they gave it "
                 "to us?",
                 "Verwachten klanten dat hun gegevens hiervoor worden gebruikt, gezien waarvoor "
                 "ze die aan ons gaven?"},
                {"What does the vendor do with our data: where is it stored, and is it used to "
                 "train their model?",
                 "Wat doet de leverancier met onze gegevens: waar staan ze, en worden ze gebruikt "
                 "om hun model te trainen?"},
                {"How long do we keep the data and the model's outcomes, and who deletes them?",
                 "Hoe lang bewaren we de gegevens en de uitkomsten van het model, en wie ruimt ze "
                 "op?"},
                {"Could the system infer something sensitive from ordinary data, such as health, "
                 "a pregnancy or money worries?",
                 "Kan het systeem uit gewone gegevens iets gevoeligs afleiden, zoals gezondheid, "
                 "een zwangerschap of geldzorgen?"},
            },
    });
    d.push_back({
        .principle = Principle::Autonomy,
        .summary_en =
            "A self-learning system lets us communicate ever more personally and influence the "
            "choices customers and prospects make ever more precisely. That is what marketing is "
            "for, and also where the risk lies: where does persuading become manipulating? The "
            "AI Act prohibits techniques that distort behaviour and cause significant harm, and "
            "exploiting vulnerabilities due to age, disability or financial situation (Art. "
            "5(1)(a)-(b)). Well below that line there is still plenty of room for pressure "
            "customers would not appreciate if they saw it.",
        .summary_nl =
            "Met een zelflerend systeem kunt u steeds persoonlijker communiceren en de eigen "
            "keuzes van klanten of prospects steeds preciezer beïnvloeden. Daar is marketing "
            "voor, en daar zit ook het risico: waar gaat overtuigen over in manipuleren? De "
            "AI-verordening verbiedt technieken die gedrag verstoren en aanzienlijke schade "
            "veroorzaken, en het uitbuiten van kwetsbaarheden door leeftijd, handicap of "
            "financiële situatie (art. 5 lid 1 onder a en b). Ruim onder die grens is er nog "
            "volop ruimte voor druk die klanten niet zouden waarderen als ze hem zagen.",
        .questions =
            {
                {"Would we be comfortable showing customers exactly how and why we nudge them "
                 "here?",
                 "Zouden we klanten gerust precies laten zien hoe en waarom we ze hier een "
                 "duwtje geven?"},
                {"Does the system help customers choose what suits them, or mainly what suits "
                 "us?",
                 "Helpt het systeem klanten kiezen wat bij hen past, of vooral wat bij ons past?"},
                {"Could it reach people at a vulnerable moment: late at night, right after "
                 "payday, in debt, or when they are young?",
                 "Kan het mensen op een kwetsbaar moment bereiken: 's nachts, vlak na "
                 "salarisdag, met schulden of op jonge leeftijd?"},
                {"Can customers easily say no, switch personalisation off or cancel?",
                 "Kunnen klanten makkelijk nee zeggen, personalisatie uitzetten of opzeggen?"},
            },
    });

    // ---- [SECTION] human oversight, accountability, honesty, trust ------------------------
    d.push_back({
        .principle = Principle::HumanOversight,
        .summary_en =
            "Automation is attractive because nobody has to look any more. That is exactly why "
            "a team must decide where a person does have to look. A human in the loop is "
            "someone with the knowledge, the time and the authority to check outcomes and "
            "overrule the system, not a rubber stamp. The GDPR gives people the right to human "
            "intervention in automated decisions with significant effects (Art. 22); deployers "
            "of high-risk AI must assign competent human oversight (AI Act Art. 26).",
        .summary_nl =
            "Automatisering is aantrekkelijk omdat niemand meer hoeft te kijken. Juist daarom "
            "moet een team bepalen waar een mens wél moet kijken. Menselijke tussenkomst "
            "betekent iemand met de kennis, de tijd en de bevoegdheid om uitkomsten te "
            "controleren en het systeem te overrulen, geen stempelmachine. De AVG geeft mensen "
            "recht op menselijke tussenkomst bij geautomatiseerde besluiten met aanmerkelijke "
            "gevolgen (art. 22); wie hoog-risico-AI inzet, moet deskundig menselijk toezicht "
            "regelen (art. 26 AI-verordening).",
        .questions =
            {
                {"At what moment does a person look at what the system does: before or after "
                 "customers notice anything?",
                 "Op welk moment kijkt een mens naar wat het systeem doet: voordat of nadat "
                 "klanten er iets van merken?"},
                {"Does that person have the knowledge, time and mandate to overrule the system? "
                 "And has that ever happened?",
                 "Heeft die persoon de kennis, de tijd en het mandaat om het systeem te "
                 "overrulen? En is dat ooit gebeurd?"},
                {"Which decisions do we never leave to the system alone?",
                 "Welke beslissingen laten we nooit alleen aan het systeem over?"},
                {"How does a customer reach a person when they disagree with an outcome?",
                 "Hoe bereikt een klant een mens als die het niet eens is met een uitkomst?"},
            },
    });
    d.push_back({
        .principle = Principle::Accountability,
        .summary_en =
            "When an AI activity goes wrong, someone has to answer for it: to the customer, the "
            "regulator and the board. \"The algorithm did it\" or \"the vendor did it\" is no "
            "answer: as the deployer you stay responsible for how you use the system and for the "
            "data you feed it. Accountability means a named owner, documented choices (this "
            "register, a DPIA, a balancing test) and knowing what to do when things go wrong.",
        .summary_nl =
            "Als een AI-toepassing de fout ingaat, moet iemand zich verantwoorden: tegenover de "
            "klant, de toezichthouder en de directie. 'Dat deed het algoritme' of 'dat deed de "
            "leverancier' is geen antwoord: als gebruiker blijft u verantwoordelijk voor hoe u "
            "het systeem inzet en welke gegevens u erin stopt. Verantwoording betekent een "
            "eigenaar met naam en toenaam, vastgelegde keuzes (dit register, een DPIA, een "
            "belangenafweging) en weten wat u doet als het misgaat.",
        .questions =
            {
                {"Who owns this activity, and do they know it?",
                 "Wie is eigenaar van deze toepassing, en weet die dat zelf ook?"},
                {"If a customer complains or a journalist calls tomorrow, who explains what "
                 "happened?",
                 "Als er morgen een klant klaagt of een journalist belt, wie legt dan uit wat er "
                 "is gebeurd?"},
                {"Which choices have we written down, and which live only in someone's head?",
                 "Welke keuzes hebben we vastgelegd, en welke zitten alleen in iemands hoofd?"},
                {"What have we agreed with the vendor about errors, incidents and liability?",
                 "Wat hebben we met de leverancier afgesproken over fouten, incidenten en "
                 "aansprakelijkheid?"},
                {"How do we stop the system or roll it back when it misbehaves?",
                 "Hoe zetten we het systeem stil of terug als het zich misdraagt?"},
            },
    });
    d.push_back({
        .principle = Principle::Honesty,
        .summary_en =
            "Generative AI writes, draws and composes faster than any team, but it also "
            "hallucinates: it produces convincing texts and images that are factually wrong or "
            "simply made up, such as sources that do not exist or people in situations that "
            "never happened. Honesty means checking before publishing, never passing synthetic "
            "content off as real, labelling deepfakes (AI Act Art. 50(4)) and respecting the "
            "copyright of the material the content builds on.",
        .summary_nl =
            "Generatieve AI schrijft, tekent en componeert sneller dan welk team ook, maar "
            "hallucineert ook: het levert overtuigende teksten en beelden die feitelijk onjuist "
            "of gewoon verzonnen zijn, zoals bronnen die niet bestaan of personen in situaties "
            "die nooit hebben plaatsgevonden. Eerlijkheid betekent controleren voor publicatie, "
            "synthetische content nooit als echt presenteren, deepfakes als zodanig markeren "
            "(art. 50 lid 4 AI-verordening) en het auteursrecht respecteren van het materiaal "
            "waarop de content voortbouwt.",
        .questions =
            {
                {"Who checks facts, prices and claims in generated content before it goes out?",
                 "Wie controleert feiten, prijzen en claims in gegenereerde content voordat die "
                 "de deur uitgaat?"},
                {"Would customers feel misled if they knew this image, text or review was made "
                 "by AI?",
                 "Zouden klanten zich misleid voelen als ze wisten dat dit beeld, deze tekst of "
                 "deze review door AI is gemaakt?"},
                {"When do we say that content was made with AI, and how?",
                 "Wanneer vermelden we dat content met AI is gemaakt, en hoe?"},
                {"Do we know whose work the model learned from, and who owns what it makes for "
                 "us?",
                 "Weten we op wiens werk het model is getraind, en van wie is wat het voor ons "
                 "maakt?"},
            },
    });
    d.push_back({
        .principle = Principle::Trust,
        .summary_en =
            "Consumer trust is the foundation of marketing, and it is fragile: 45 to 60% of "
            "Europeans worry that AI misuses their personal data. An activity can lift "
            "conversion this quarter and cost trust for years. This principle asks about "
            "effects beyond the campaign: on the relationship with customers, on society and "
            "culture, on the work of our own people, and on what we would proudly explain in "
            "public.",
        .summary_nl =
            "Het vertrouwen van de consument is het fundament van marketing, en het is broos: "
            "45 tot 60% van de Europeanen maakt zich zorgen dat AI hun persoonsgegevens "
            "misbruikt. Een toepassing kan dit kwartaal de conversie opkrikken en jarenlang "
            "vertrouwen kosten. Dit uitgangspunt vraagt naar effecten die verder reiken dan de "
            "campagne: op de relatie met klanten, op samenleving en cultuur, op het werk van "
            "onze eigen mensen, en op wat we met trots in het openbaar zouden uitleggen.",
        .questions =
            {
                {"Would we be comfortable if this activity made tomorrow's front page?",
                 "Zouden we ons op ons gemak voelen als deze toepassing morgen op de voorpagina "
                 "stond?"},
                {"What does this do to our relationship with customers in five years' time, not "
                 "just this quarter?",
                 "Wat doet dit over vijf jaar met de relatie met onze klanten, en niet alleen dit "
                 "kwartaal?"},
                {"Who outside the company could be affected whom we have not thought of yet?",
                 "Wie buiten het bedrijf kan hier last van hebben, aan wie we nog niet hebben "
                 "gedacht?"},
                {"What does this mean for the work and skills of our own team?",
                 "Wat betekent dit voor het werk en de vaardigheden van ons eigen team?"},
            },
    });
    return d;
}

}  // namespace

// ---- [SECTION] API ------------------------------------------------------------------------
const std::vector<PrincipleCard>& principleDeck() {
    static const std::vector<PrincipleCard> deck = buildDeck();
    return deck;
}

const PrincipleCard& principleCard(Principle p) {
    return principleDeck()[std::size_t(p)];
}

}  // namespace air
