package scoring

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
)

// articlePerson is one of the people issue 23 draws from the two articles,
// with what the articles justify for them.
type articlePerson struct {
	name    string
	source  string
	answers questionnaire.Answers
	// best lists the paths the best fit must be one of; top3 a path that
	// must be among the top three ("" when not asserted).
	best []string
	top3 string
	// warnings are the global warning kinds expected, in order.
	warnings []string
	// pathWarning is a warning kind the path named by warnedPath must carry.
	warnedPath, pathWarning string
}

// articlePeople are the people of the articles: Sarah and the e-commerce
// developer from the first, the two profiles and their neighbours from the
// second.
func articlePeople() []articlePerson {
	return []articlePerson{
		{
			name:   "Sarah, a product manager with market-research expertise",
			source: "side-hustles, Sarah's story: a product manager at a Fortune 500 company offering AI-powered market research with ChatGPT and Claude; 70-hour weeks",
			answers: with("dayjob-hours", "50", "hustle-hours", "20", "day-job", "keep", "skill-domain", "5",
				"domain-field", "market-research", "domain-name", "market research for consumer products",
				"ai-tools", "daily", "skill-prompting", "4", "skill-analytics", "4", "skill-client", "4",
				"skill-writing", "3", "skill-programming", "2", "skill-maths", "2", "style-results", "4",
				"style-variety", "4", "style-contact", "4", "goal-autonomy", "5", "goal-income", "4",
				"goal-urgency", "quarter", "income-goal", "2500"),
			best: []string{"ai-market-research"}, warnings: []string{KindBurnout},
			warnedPath: "ai-market-research", pathWarning: KindBurnout,
		},
		{
			name:   "the developer of an AI tool for small e-commerce stores",
			source: "side-hustles, The successful pattern: a custom AI tool that helps small e-commerce stores optimise their product descriptions",
			answers: with("skill-programming", "5", "skill-domain", "5", "domain-field", "ecommerce",
				"style-contact", "2", "skill-client", "2", "goal-outcomes", "own-business", "risk-platforms", "2",
				"skill-prompting", "4", "skill-writing", "3", "ai-tools", "daily", "style-variety", "2",
				"style-abstraction", "4", "day-job", "keep", "hustle-hours", "12"),
			best: []string{"ai-micro-saas"}, warnedPath: "ai-micro-saas", pathWarning: KindRentedLand,
		},
		{
			name:   "a creative, client-loving marketer",
			source: "marketing-vs-ai, Making the Choice: creative and strategic, thrives on client interaction, persuasion and storytelling",
			answers: with("style-creative", "5", "style-contact", "5", "skill-client", "5", "skill-writing", "5",
				"skill-persuasion", "5", "style-results", "4", "style-variety", "5", "style-abstraction", "2",
				"ai-fascination", "2", "ai-learning-curve", "2", "skill-programming", "1", "skill-maths", "1"),
			best: []string{"copywriting", "social-media-management", "email-marketing"},
		},
		{
			name:   "a Python-and-statistics person fascinated by models",
			source: "marketing-vs-ai, Making the Choice: a strong aptitude for technical subjects, deep focused work, fascinated by the mechanics of how AI models work",
			answers: with("skill-programming", "5", "skill-maths", "5", "ai-fascination", "5", "ai-learning-curve", "5",
				"style-abstraction", "5", "style-contact", "1", "style-variety", "1", "style-creative", "2",
				"style-results", "2", "skill-persuasion", "2", "skill-writing", "2", "day-job", "switch", "runway", "12"),
			best: []string{"ml-engineer-generative", "ai-research-scientist"},
		},
		{
			name:   "a stay-at-home parent with 10 flexible hours",
			source: "marketing-vs-ai, Path Flexibility: perfectly suited for stay-at-home parents",
			answers: with("day-job", "none", "dayjob-hours", "0", "hustle-hours", "10", "goal-autonomy", "5",
				"goal-outcomes", "extra-income", "goal-urgency", "quarter", "skill-writing", "4", "style-creative", "4",
				"skill-programming", "1", "skill-maths", "1", "ai-learning-curve", "2"),
			best: []string{"copywriting", "social-media-management", "email-marketing", "paid-ads", "seo-consulting"},
		},
		{
			name:   "a precise writer who lives in chatbots",
			source: "marketing-vs-ai, The Rise of Generative AI Jobs and Skill Showdown: prompt engineers craft precise text prompts with almost linguistic precision",
			answers: with("skill-writing", "5", "skill-prompting", "5", "ai-tools", "daily", "ai-fascination", "4",
				"skill-persuasion", "3", "skill-programming", "2", "style-creative", "4"),
			top3: "prompt-engineer",
			best: []string{"ai-copywriting", "ai-content-creation", "prompt-engineer"},
		},
		{
			name:   "a policy-minded writer who cares about AI's effects",
			source: "marketing-vs-ai, The Rise of Generative AI Jobs: AI ethics specialists navigate the moral and societal implications of AI",
			answers: with("skill-ethics", "5", "skill-writing", "4", "ai-fascination", "4", "goal-learning", "4",
				"day-job", "switch", "runway", "9", "skill-programming", "2", "skill-maths", "2", "style-abstraction", "4",
				"domain-field", "law", "skill-domain", "4"),
			best: []string{"ai-ethics-specialist"},
		},
		{
			name:       "a stability-first person",
			source:     "marketing-vs-ai, Income Potential: marketing demand is perennial; generative-AI demand is a more volatile market tied to the hype cycle",
			answers:    with("goal-stability", "5", "risk-tolerance", "1", "risk-change", "avoid"),
			best:       []string{"copywriting", "social-media-management", "email-marketing", "paid-ads", "seo-consulting"},
			warnedPath: "prompt-engineer", pathWarning: KindHypeCycle,
		},
	}
}

// TestPrintArticlePeople prints each person's top three with scores, for
// the before/after table of a model change:
//
//	CROSSROADS_PRINT_PEOPLE=1 go test -run TestPrintArticlePeople -v ./internal/scoring
func TestPrintArticlePeople(t *testing.T) {
	if os.Getenv("CROSSROADS_PRINT_PEOPLE") == "" {
		t.Skip("set CROSSROADS_PRINT_PEOPLE=1 to print")
	}
	def := questionnaire.Default()
	for _, p := range articlePeople() {
		r := Score(def, p.answers)
		var top []string
		for _, pf := range r.Paths[:3] {
			top = append(top, fmt.Sprintf("%s %d", pf.PathID, pf.Score))
		}
		fmt.Printf("| %s | %s | %s |\n", p.name, r.ModelVersion, strings.Join(top, ", "))
	}
}
