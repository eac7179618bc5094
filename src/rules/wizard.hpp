// The AI Act screening wizard as data and pure logic (no UI): an ordered list of
// plain-language questions, each setting one screening fact, citing its article, with a short
// explanation and a marketing example in English and Dutch, and a rule saying when it is asked.
//
// Skipped questions: a question is "relevant" when the answers so far make its fact matter
// (e.g. `infers_sensitive_traits` only after `biometric_categorisation`). normalise() clears
// the fact of every question that is not relevant, so a Screening never keeps a hidden "yes"
// (unticking emotion recognition also clears `workplace_or_education` and
// `medical_or_safety_reason`). applyAnswer() and applyAnnex() normalise after every answer.
// A cleared fact is, by construction, one that no rule of rules.hpp reads in that situation,
// so normalise() never changes an assessment (tier, obligations, DPIA screen or findings).
#pragma once

#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::rules {

enum class AnswerKind {
    YesNo,        // sets one boolean flag of kScreeningFlags
    AnnexChoice,  // chooses Screening::annex_iii (AnnexIII::None = "none of these")
    RoleChoice    // yes/no on the activity's AI Act role: yes = provider (Activity::ai_act_role);
                  // only the Activity overloads of answerOf/applyAnswer read or set it
};

struct WizardQuestion {
    std::string_view key;   // stable question key; equals the fact it sets
    AnswerKind kind = AnswerKind::YesNo;
    std::string_view fact;  // the kScreeningFlags key it sets, or "annex_iii"
    std::string_view article, article_nl;  // "AI Act Art. 5(1)(f)" / "art. 5 lid 1 onder f AI-verordening"
    std::string_view text_en, text_nl;     // the question, plain language
    std::string_view why_en, why_nl;       // one line: why it matters
    std::string_view example_en, example_nl;  // a marketing example
    bool (*relevant_if)(const Screening&) = nullptr;  // nullptr: always asked

    // True when the question is asked, given the answers so far.
    bool relevant(const Screening& answersSoFar) const {
        return relevant_if == nullptr || relevant_if(answersSoFar);
    }
    std::string_view text(Lang lang) const { return lang == Lang::Nl ? text_nl : text_en; }
    std::string_view why(Lang lang) const { return lang == Lang::Nl ? why_nl : why_en; }
    std::string_view example(Lang lang) const { return lang == Lang::Nl ? example_nl : example_en; }
    std::string_view articleText(Lang lang) const { return lang == Lang::Nl ? article_nl : article; }
};

// All questions in the order they are asked: first the AI Act role (RoleChoice), then one
// yes/no question per screening flag of kScreeningFlags and one Annex III choice. A
// question's relevance depends only on earlier questions.
const std::vector<WizardQuestion>& wizardQuestions();

// Index of the question with `key` in wizardQuestions(); -1 when unknown.
int wizardQuestionIndex(std::string_view key);

// Indices of the questions to show for these answers, in order.
std::vector<int> visibleQuestions(const Screening& s);

// The current answer to a question: the flag for yes/no, "an area is chosen" for the
// Annex III choice; false for the role question (see the Activity overload) and for an index
// out of range.
bool answerOf(const Screening& s, int questionIndex);

// Sets the fact of yes/no question `questionIndex` to `yes`, then normalise(). On the
// Annex III choice, `false` means "none of these" (AnnexIII::None) and `true` changes nothing
// (pick the area with applyAnnex). The role question and an index out of range change nothing.
void applyAnswer(Screening& s, int questionIndex, bool yes);

// The same on a whole activity, so the role question works too: its answer is "the role is
// provider"; yes sets ai_act_role to provider, no turns a provider into a deployer (an
// importer or distributor stays one). Other questions act on the activity's screening (one
// is created when it has none).
bool answerOf(const Activity& a, int questionIndex);
void applyAnswer(Activity& a, int questionIndex, bool yes);

// Sets the Annex III area, then normalise().
void applyAnnex(Screening& s, AnnexIII area);

// Clears the fact of every question that is not relevant (see the top of this file).
void normalise(Screening& s);

// Pointer to the flag with kScreeningFlags key `key`; nullptr when unknown.
bool* screeningFlag(Screening& s, std::string_view key);
const bool* screeningFlag(const Screening& s, std::string_view key);

// A marketing example for an Annex III area, for the choice list ("" for AnnexIII::None).
std::string_view annexMarketingExample(AnnexIII area, Lang lang);

}  // namespace air::rules
