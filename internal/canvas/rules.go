package canvas

// Rule describes one self-check rule, for a "how the self-check works" page.
type Rule struct {
	ID          string `json:"id"`
	Box         string `json:"box"` // "pains.N" and "dependencies.N" stand for each row
	Description string `json:"description"`
	// Basis is the sentence of the first source article the rule rests on,
	// quoted word for word; empty for rules that only keep the canvas complete.
	Basis string `json:"basis,omitempty"`
}

// Rule IDs, as carried by Finding.Rule.
const (
	ruleNicheMissing          = "niche-missing"
	ruleNicheVague            = "niche-vague"
	rulePainsMissing          = "pains-missing"
	rulePainWhat              = "pain-what"
	rulePainFrequency         = "pain-frequency"
	rulePainSeverity          = "pain-severity"
	ruleEvidenceNone          = "evidence-none"
	ruleAlternativesMissing   = "alternatives-missing"
	ruleValueMissing          = "value-missing"
	ruleValuePrice            = "value-price"
	ruleValueNumber           = "value-number"
	ruleAdvantageMissing      = "advantage-missing"
	ruleChannelsMissing       = "channels-missing"
	ruleDependenciesMissing   = "dependencies-missing"
	ruleDependencyUnmitigated = "dependency-unmitigated"
	ruleRentedLand            = "rented-land"
	ruleCommoditisation       = "commoditisation-missing"
	ruleHoursMissing          = "hours-missing"
	ruleHoursOverBudget       = "hours-over-budget"
	ruleRealProblem           = "question-real-problem"
	ruleJustifiesTime         = "question-justifies-time"
	ruleAligned               = "question-aligned"
)

// The three questions, as the first article asks them.
const (
	questionRealProblem   = "Am I solving a real problem for a specific audience?"
	questionJustifiesTime = "Does this create genuine value that justifies the time investment?"
	questionAligned       = "Does this align with my long-term goals and values?"
)

// Verbatim sentences from the first article that rules and messages rest on.
const (
	basisNiche      = "They start with a specific niche (another Qgenius principle), focus on reducing cognitive load for users, and create genuine efficiency improvements."
	basisPains      = "The principle of starting from user pain points couldn’t be more relevant here."
	basisValue      = "Successful products create unequal value exchanges where users get more than they give."
	basisAdvantage  = "The real sustainable advantage? It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table."
	basisCommodity  = "What’s technically sophisticated today becomes commoditized tomorrow."
	basisRentedLand = "The risk? That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand."
	basisHours      = "But here’s the catch – " + quoteOverwork
	quoteOverwork   = "she’s now working 70-hour weeks and her main job performance is slipping."
	basisQuestions  = "So before you jump on the AI side hustle bandwagon, ask yourself: Am I solving a real problem for a specific audience? Does this create genuine value that justifies the time investment? And most importantly – does this align with my long-term goals and values?"
)

var rules = []Rule{
	{ruleNicheMissing, "niche", "The niche is empty: nobody is named as the customer.", basisNiche},
	{ruleNicheVague, "niche", "The niche names no industry, role, size or place, so it could mean anyone (“small businesses”, “everyone”).", basisNiche},
	{rulePainsMissing, "pains", "No pain point is listed.", basisPains},
	{rulePainWhat, "pains.N", "A pain point has how often or how badly, but no description.", basisPains},
	{rulePainFrequency, "pains.N", "A pain point does not say how often it happens.", basisPains},
	{rulePainSeverity, "pains.N", "A pain point has no severity from 1 to 5.", basisPains},
	{ruleEvidenceNone, "pains", "Every pain point is still an assumption: none is observed or validated.", ""},
	{ruleAlternativesMissing, "alternatives", "Nothing says what the niche does about the problem today.", ""},
	{ruleValueMissing, "value", "What the customer gets, or what they give, is not described.", basisValue},
	{ruleValuePrice, "value", "The value exchange has no price.", basisValue},
	{ruleValueNumber, "value", "The value exchange has a price but no number anywhere: no amount, no hours saved, no result.", basisValue},
	{ruleAdvantageMissing, "advantage", "No domain expertise is named as the advantage.", basisAdvantage},
	{ruleChannelsMissing, "channels", "No channel to reach the first customers is named.", ""},
	{ruleDependenciesMissing, "dependencies", "No platform dependency is listed (model or API provider, marketplace, social network, ad platform).", basisRentedLand},
	{ruleDependencyUnmitigated, "dependencies.N", "One of several platform dependencies has no plan B.", basisRentedLand},
	{ruleRentedLand, "dependencies.N", "The only platform dependency has no plan B: the whole idea is built on rented land.", basisRentedLand},
	{ruleCommoditisation, "commoditisation", "Nothing says what stops anyone with a chatbot copying the idea.", basisCommodity},
	{ruleHoursMissing, "hours", "The hours per week the idea needs are not set.", basisHours},
	{ruleHoursOverBudget, "hours", "The idea needs more hours per week than the linked assessment says are free.", basisHours},
	{ruleRealProblem, "questions.real-problem", "“" + questionRealProblem + "” is answered no (warning), unsure or not at all, or yes without a reason.", basisQuestions},
	{ruleJustifiesTime, "questions.justifies-time", "“" + questionJustifiesTime + "” is answered no (warning), unsure or not at all, or yes without a reason.", basisQuestions},
	{ruleAligned, "questions.aligned", "“" + questionAligned + "” is answered no (warning), unsure or not at all, or yes without a reason.", basisQuestions},
}

// Rules returns every self-check rule in the order Check applies them.
func Rules() []Rule {
	return append([]Rule(nil), rules...)
}
