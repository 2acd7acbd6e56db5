package scoring

import (
	"strings"

	"github.com/crossroads/crossroads/internal/questionnaire"
)

// base is a complete, valid, middle-of-the-road answer set; personas
// override what makes them who they are.
func base() questionnaire.Answers {
	a := questionnaire.Answers{
		"country": {"us"}, "hustle-hours": {"10"}, "dayjob-hours": {"40"}, "day-job": {"unsure"},
		"income-goal": {"1000"}, "runway": {"6"}, "budget": {"500"},
		"goal-urgency": {"year"}, "ai-tools": {"tried"}, "risk-change": {"adapt"},
	}
	for _, id := range []string{
		"skill-writing", "skill-persuasion", "skill-analytics", "skill-programming", "skill-maths",
		"skill-client", "skill-prompting", "skill-ethics", "skill-domain",
		"style-contact", "style-variety", "style-abstraction", "style-results", "style-creative",
		"goal-autonomy", "goal-income", "goal-learning", "goal-stability",
		"ai-fascination", "ai-learning-curve", "risk-tolerance", "risk-platforms",
	} {
		a[id] = []string{"3"}
	}
	return a
}

// with returns base() changed by pairs of question ID and value; a Multi
// answer takes its values separated by commas.
func with(pairs ...string) questionnaire.Answers {
	a := base()
	for i := 0; i+1 < len(pairs); i += 2 {
		a[pairs[i]] = strings.Split(pairs[i+1], ",")
	}
	return a
}

type persona struct {
	name    string
	source  string // where in the articles this person is described
	answers questionnaire.Answers
	track   string   // expected track of the best path
	best    []string // the best path must be one of these ("" list: any path of track)
	top3    string   // a path expected among the top three, "" when not asserted
	// warnings are the expected global warning kinds, in order.
	warnings []string
}

func personas() []persona {
	return []persona{
		{
			name:   "creative strategist who wants to earn soon",
			source: "marketing-vs-ai, Making the Choice: creative and strategic, direct business impact, variety, lower barrier, client interaction, persuasion and storytelling",
			answers: with("style-creative", "5", "skill-writing", "5", "skill-persuasion", "5", "style-results", "5",
				"style-variety", "5", "style-contact", "5", "skill-client", "4", "goal-urgency", "month",
				"skill-programming", "1", "skill-maths", "1", "ai-fascination", "2", "ai-learning-curve", "1",
				"style-abstraction", "2", "day-job", "keep", "goal-outcomes", "extra-income"),
			track: "marketing", top3: "copywriting",
		},
		{
			name:   "stay-at-home parent wanting flexibility and extra income",
			source: "marketing-vs-ai, Path Flexibility: suited to stay-at-home parents and extra income without quitting",
			answers: with("day-job", "none", "dayjob-hours", "0", "hustle-hours", "15", "goal-autonomy", "5",
				"goal-stability", "4", "skill-writing", "4", "skill-client", "3", "style-creative", "4",
				"style-results", "4", "style-variety", "4", "style-contact", "4", "skill-programming", "1",
				"skill-maths", "2", "ai-fascination", "2", "ai-learning-curve", "2", "style-abstraction", "2",
				"goal-urgency", "quarter", "goal-outcomes", "extra-income"),
			track: "marketing",
		},
		{
			name:   "entrepreneur building an agency gradually",
			source: "marketing-vs-ai, Path Flexibility: entrepreneurs who want to build their own agency gradually; thrives on client interaction",
			answers: with("skill-client", "5", "style-contact", "5", "skill-persuasion", "4", "skill-analytics", "4",
				"style-results", "5", "style-variety", "5", "style-creative", "4", "goal-autonomy", "5",
				"goal-outcomes", "own-business", "day-job", "keep", "skill-programming", "2", "ai-fascination", "2",
				"ai-learning-curve", "2"),
			track: "marketing", best: []string{"social-media-management", "seo-consulting", "email-marketing", "paid-ads"},
		},
		{
			name:   "data-minded marketer who loves measurable results",
			source: "marketing-vs-ai, Landscape: traffic up 50%, 300% return on ad spend; analytical skills to interpret data",
			answers: with("skill-analytics", "5", "style-results", "5", "skill-persuasion", "4", "skill-writing", "3",
				"style-variety", "4", "style-contact", "4", "style-creative", "4", "goal-urgency", "quarter",
				"ai-learning-curve", "2", "ai-fascination", "2", "skill-programming", "2", "day-job", "keep"),
			track: "marketing", best: []string{"seo-consulting", "paid-ads"},
		},
		{
			name:   "technical engineer who loves deep focus and model internals",
			source: "marketing-vs-ai, Making the Choice: strong technical aptitude, deep focused work, fascinated by how AI models work",
			answers: with("skill-programming", "5", "skill-maths", "5", "style-contact", "1", "style-variety", "1",
				"style-abstraction", "5", "ai-fascination", "5", "ai-learning-curve", "5", "goal-income", "5",
				"day-job", "switch", "runway", "12", "risk-tolerance", "4", "skill-writing", "2", "skill-persuasion", "1",
				"style-creative", "2", "style-results", "2", "goal-urgency", "later"),
			track: "ai-job", top3: "ml-engineer-generative",
		},
		{
			name:   "maths graduate ready for a steep, academic curve",
			source: "marketing-vs-ai, Making the Choice: comfortable with abstraction and a steeper, more academic learning curve for very high compensation",
			answers: with("skill-maths", "5", "skill-programming", "3", "style-abstraction", "5", "ai-fascination", "5",
				"ai-learning-curve", "5", "goal-learning", "5", "goal-income", "5", "style-contact", "2",
				"style-variety", "2", "day-job", "switch", "runway", "3", "risk-change", "retrain",
				"skill-persuasion", "2", "skill-client", "2"),
			track: "ai-job", top3: "ai-research-scientist",
			warnings: []string{KindRunway},
		},
		{
			name:   "marketer who codes: both profiles strong",
			source: "marketing-vs-ai, Making the Choice: the paths are not mutually exclusive; combine skills from both domains",
			answers: with("skill-writing", "5", "skill-persuasion", "5", "skill-analytics", "4", "skill-client", "4",
				"skill-programming", "5", "skill-maths", "4", "skill-domain", "4", "skill-prompting", "5",
				"style-creative", "5", "style-results", "5", "style-abstraction", "5", "ai-fascination", "5",
				"ai-learning-curve", "4", "goal-learning", "5", "goal-income", "4", "goal-autonomy", "4",
				"ai-tools", "daily", "day-job", "keep", "risk-tolerance", "4"),
			track: "hybrid",
		},
		{
			name:   "Sarah: a product manager with domain expertise, AI tools and a 70-hour week",
			source: "side-hustles, Sarah's story: AI-powered market research with ChatGPT and Claude, mortgage covered within three months, 70-hour weeks",
			answers: with("skill-domain", "5", "ai-tools", "daily", "skill-prompting", "4", "goal-autonomy", "5",
				"day-job", "keep", "dayjob-hours", "45", "hustle-hours", "25", "skill-analytics", "4",
				"skill-client", "4", "skill-programming", "2", "skill-maths", "2", "style-results", "5",
				"style-variety", "4", "style-contact", "4", "goal-urgency", "quarter", "goal-income", "4",
				"income-goal", "2500"),
			track: "hybrid", best: []string{"ai-market-research", "ai-consulting"}, top3: "ai-market-research",
			warnings: []string{KindBurnout},
		},
		{
			name:   "digital marketing strategist who supercharges the workflow with AI",
			source: "marketing-vs-ai, Making the Choice: a digital marketing strategist who uses generative AI to supercharge their workflow",
			answers: with("skill-writing", "5", "skill-persuasion", "4", "skill-analytics", "4", "skill-client", "4",
				"style-creative", "5", "style-results", "5", "style-contact", "4", "ai-tools", "daily",
				"skill-prompting", "5", "skill-domain", "4", "ai-fascination", "4", "skill-programming", "3",
				"style-abstraction", "4", "goal-autonomy", "5", "day-job", "keep"),
			track: "hybrid",
		},
		{
			name:   "developer building a niche AI tool beside the job",
			source: "side-hustles, The successful pattern: a custom AI tool for small e-commerce stores' product descriptions",
			answers: with("skill-programming", "5", "skill-domain", "3", "skill-writing", "3", "skill-prompting", "4",
				"ai-tools", "daily", "goal-autonomy", "5", "day-job", "keep", "ai-fascination", "4",
				"style-abstraction", "4", "goal-outcomes", "own-business", "skill-client", "2", "style-contact", "2",
				"hustle-hours", "12", "risk-platforms", "4"),
			track: "hybrid", top3: "ai-micro-saas",
		},
		{
			name:   "stability-first, platform-uneasy person who wants slow change",
			source: "marketing-vs-ai, Income Potential: marketing demand is perennial, AI demand volatile; side-hustles, rented land",
			answers: with("goal-stability", "5", "risk-tolerance", "2", "risk-platforms", "1", "risk-change", "avoid",
				"skill-programming", "4", "skill-maths", "4", "ai-fascination", "4"),
			track: "marketing",
		},
		{
			name:   "consultant-to-be with deep domain expertise and a day job",
			source: "side-hustles, Opening and Commoditisation: freelance AI consulting; the real advantage is domain expertise",
			answers: with("skill-domain", "5", "skill-client", "4", "style-contact", "4", "ai-tools", "weekly",
				"skill-prompting", "3", "day-job", "keep", "goal-autonomy", "4", "goal-outcomes", "own-business,extra-income",
				"risk-platforms", "3"),
			track: "hybrid", best: []string{"ai-consulting", "ai-market-research"},
		},
		{
			name:    "two hours a week beside a 50-hour job",
			source:  "side-hustles, Sarah's story: a side hustle piled on a full day job; the three questions: value that justifies the time",
			answers: with("hustle-hours", "2", "dayjob-hours", "50", "day-job", "keep"),
			track:   "marketing", best: []string{"email-marketing", "copywriting", "social-media-management"},
		},
	}
}
