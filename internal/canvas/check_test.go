package canvas

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// good returns a canvas that passes every rule, so each test case can break
// exactly one thing.
func good() Canvas {
	return Canvas{
		Title: "Product descriptions that sell",
		Niche: "small e-commerce stores on Shopify",
		Pains: []PainPoint{
			{What: "New stock sits unlisted because writing descriptions takes the owner's evenings", HowOften: "every new collection", Severity: 4, Evidence: Observed},
		},
		Alternatives:    "The owner writes them late at night or pastes the supplier's text.",
		ValueGet:        "Ready-to-publish descriptions in the store's voice",
		ValueGive:       "A monthly fee and access to the product feed",
		Price:           "$200 a month",
		Advantage:       "I ran an online clothing store and wrote its listings.",
		Channels:        "Shopify community forums and my own network of store owners",
		Dependencies:    []Dependency{{Platform: "A hosted language-model API", Mitigation: "Prompts kept portable and tested on a second provider", Evidence: Observed}},
		Commoditisation: "Style guides built per store and relationships in the niche",
		HoursPerWeek:    8,
		RealProblem:     Yes, RealProblemWhy: "Owners told me so.",
		JustifiesTime: Yes, JustifiesTimeWhy: "The price covers the hours.",
		Aligned: Yes, AlignedWhy: "I want to build a product business.",
	}
}

type hit struct {
	rule, box string
	sev       Severity
}

var checkCases = []struct {
	name     string
	edit     func(*Canvas)
	free     int
	want     []hit
	contains string // a phrase the first finding's message must contain
}{
	{name: "good canvas has no findings", edit: func(*Canvas) {}, free: 10},
	{name: "good canvas, no assessment linked", edit: func(*Canvas) {}, free: -1},

	{name: "empty niche", edit: func(c *Canvas) { c.Niche = " " }, free: -1,
		want: []hit{{ruleNicheMissing, "niche", Warn}}, contains: "start with a specific niche"},
	{name: "generic niche", edit: func(c *Canvas) { c.Niche = "small businesses" }, free: -1,
		want: []hit{{ruleNicheVague, "niche", Warn}}, contains: "local dentist offices"},
	{name: "everyone", edit: func(c *Canvas) { c.Niche = "Everyone" }, free: -1,
		want: []hit{{ruleNicheVague, "niche", Warn}}},
	{name: "generic place", edit: func(c *Canvas) { c.Niche = "people in my area" }, free: -1,
		want: []hit{{ruleNicheVague, "niche", Warn}}},

	{name: "no pains", edit: func(c *Canvas) { c.Pains = nil }, free: -1,
		want: []hit{{rulePainsMissing, "pains", Warn}}, contains: "pain points"},
	{name: "only blank pain rows", edit: func(c *Canvas) { c.Pains = []PainPoint{{}, {What: "  ", Evidence: Assumption}} }, free: -1,
		want: []hit{{rulePainsMissing, "pains", Warn}}},
	{name: "pain without frequency", edit: func(c *Canvas) { c.Pains[0].HowOften = "" }, free: -1,
		want: []hit{{rulePainFrequency, "pains.0", Warn}}, contains: "pain point 1"},
	{name: "second pain without severity", edit: func(c *Canvas) {
		c.Pains = append(c.Pains, PainPoint{What: "Returns because photos and text disagree", HowOften: "weekly", Evidence: Observed})
	}, free: -1,
		want: []hit{{rulePainSeverity, "pains.1", Warn}}, contains: "pain point 2"},
	{name: "severity below range counts as not set", edit: func(c *Canvas) { c.Pains[0].Severity = -2 }, free: -1,
		want: []hit{{rulePainSeverity, "pains.0", Warn}}},
	{name: "severity above range is clamped, not flagged", edit: func(c *Canvas) { c.Pains[0].Severity = 9 }, free: -1},
	{name: "pain with no description", edit: func(c *Canvas) { c.Pains[0].What = "" }, free: -1,
		want: []hit{{rulePainWhat, "pains.0", Warn}}},
	{name: "pain missing frequency and severity", edit: func(c *Canvas) { c.Pains[0].HowOften, c.Pains[0].Severity = "", 0 }, free: -1,
		want: []hit{{rulePainFrequency, "pains.0", Warn}, {rulePainSeverity, "pains.0", Warn}}},
	{name: "every pain an assumption", edit: func(c *Canvas) {
		c.Pains[0].Evidence = Assumption
		c.Pains = append(c.Pains, PainPoint{What: "x", HowOften: "daily", Severity: 2})
	}, free: -1,
		want: []hit{{ruleEvidenceNone, "pains", Info}}},

	{name: "no alternatives", edit: func(c *Canvas) { c.Alternatives = "" }, free: -1,
		want: []hit{{ruleAlternativesMissing, "alternatives", Info}}},

	{name: "no value exchange at all", edit: func(c *Canvas) { c.ValueGet, c.ValueGive = "", "" }, free: -1,
		want: []hit{{ruleValueMissing, "value", Warn}}, contains: "users get more than they give"},
	{name: "nothing the customer gets", edit: func(c *Canvas) { c.ValueGet = "" }, free: -1,
		want: []hit{{ruleValueMissing, "value", Warn}}},
	{name: "nothing the customer gives", edit: func(c *Canvas) { c.ValueGive = "\n" }, free: -1,
		want: []hit{{ruleValueMissing, "value", Warn}}},
	{name: "no price", edit: func(c *Canvas) { c.Price = "" }, free: -1,
		want: []hit{{ruleValuePrice, "value", Warn}}, contains: "price"},
	{name: "no price even with a number elsewhere", edit: func(c *Canvas) { c.Price, c.ValueGet = "", "Saves 3 hours a week" }, free: -1,
		want: []hit{{ruleValuePrice, "value", Warn}}},
	{name: "price with no number anywhere", edit: func(c *Canvas) { c.Price = "a monthly fee" }, free: -1,
		want: []hit{{ruleValueNumber, "value", Warn}}, contains: "number"},
	{name: "number outside the price is enough", edit: func(c *Canvas) { c.Price, c.ValueGet = "a monthly fee", "Saves 3 hours a week" }, free: -1},

	{name: "no advantage", edit: func(c *Canvas) { c.Advantage = "" }, free: -1,
		want: []hit{{ruleAdvantageMissing, "advantage", Warn}}, contains: "domain expertise"},
	{name: "no channel", edit: func(c *Canvas) { c.Channels = " \t " }, free: -1,
		want: []hit{{ruleChannelsMissing, "channels", Warn}}},

	{name: "no dependencies", edit: func(c *Canvas) { c.Dependencies = nil }, free: -1,
		want: []hit{{ruleDependenciesMissing, "dependencies", Info}}},
	{name: "the only dependency has no mitigation", edit: func(c *Canvas) { c.Dependencies[0].Mitigation = "" }, free: -1,
		want: []hit{{ruleRentedLand, "dependencies.0", Warn}}, contains: "building houses on rented land"},
	{name: "only dependency after a blank row", edit: func(c *Canvas) {
		c.Dependencies = []Dependency{{}, {Platform: "Etsy"}}
	}, free: -1,
		want: []hit{{ruleRentedLand, "dependencies.1", Warn}}},
	{name: "one of two dependencies has no mitigation", edit: func(c *Canvas) {
		c.Dependencies = append(c.Dependencies, Dependency{Platform: "Instagram"})
	}, free: -1,
		want: []hit{{ruleDependencyUnmitigated, "dependencies.1", Warn}}, contains: "dependency 2"},
	{name: "two unmitigated dependencies", edit: func(c *Canvas) {
		c.Dependencies = []Dependency{{Platform: "Instagram"}, {Platform: "Etsy"}}
	}, free: -1,
		want: []hit{{ruleDependencyUnmitigated, "dependencies.0", Warn}, {ruleDependencyUnmitigated, "dependencies.1", Warn}}},

	{name: "no commoditisation answer", edit: func(c *Canvas) { c.Commoditisation = "" }, free: -1,
		want: []hit{{ruleCommoditisation, "commoditisation", Warn}}, contains: "What stops anyone with a chatbot copying it?"},

	{name: "hours not set", edit: func(c *Canvas) { c.HoursPerWeek = 0 }, free: 10,
		want: []hit{{ruleHoursMissing, "hours", Info}}},
	{name: "hours over the free budget", edit: func(c *Canvas) { c.HoursPerWeek = 15 }, free: 10,
		want: []hit{{ruleHoursOverBudget, "hours", Warn}}, contains: "needs 15 hours a week but the linked assessment has 10 free"},
	{name: "hours over a zero budget", edit: func(c *Canvas) { c.HoursPerWeek = 5 }, free: 0,
		want: []hit{{ruleHoursOverBudget, "hours", Warn}}, contains: "70-hour weeks"},
	{name: "hours exactly the budget", edit: func(c *Canvas) { c.HoursPerWeek = 10 }, free: 10},
	{name: "hours with no assessment linked", edit: func(c *Canvas) { c.HoursPerWeek = 40 }, free: -1},

	{name: "no to real problem", edit: func(c *Canvas) { c.RealProblem = No }, free: -1,
		want: []hit{{ruleRealProblem, "questions.real-problem", Warn}}, contains: questionRealProblem},
	{name: "unsure about the time", edit: func(c *Canvas) { c.JustifiesTime = Unsure }, free: -1,
		want: []hit{{ruleJustifiesTime, "questions.justifies-time", Info}}, contains: questionJustifiesTime},
	{name: "alignment unanswered", edit: func(c *Canvas) { c.Aligned = "" }, free: -1,
		want: []hit{{ruleAligned, "questions.aligned", Info}}, contains: questionAligned},
	{name: "unknown answer reads as unanswered", edit: func(c *Canvas) { c.Aligned = "maybe" }, free: -1,
		want: []hit{{ruleAligned, "questions.aligned", Info}}},
	{name: "yes without a reason", edit: func(c *Canvas) { c.RealProblemWhy = "" }, free: -1,
		want: []hit{{ruleRealProblem, "questions.real-problem", Info}}, contains: "why"},
	{name: "no with no reason is one finding", edit: func(c *Canvas) { c.JustifiesTime, c.JustifiesTimeWhy = No, "" }, free: -1,
		want: []hit{{ruleJustifiesTime, "questions.justifies-time", Warn}}},

	{name: "empty canvas, findings in canvas order", edit: func(c *Canvas) { *c = Canvas{} }, free: 10,
		want: []hit{
			{ruleNicheMissing, "niche", Warn},
			{rulePainsMissing, "pains", Warn},
			{ruleAlternativesMissing, "alternatives", Info},
			{ruleValueMissing, "value", Warn},
			{ruleValuePrice, "value", Warn},
			{ruleAdvantageMissing, "advantage", Warn},
			{ruleChannelsMissing, "channels", Warn},
			{ruleDependenciesMissing, "dependencies", Info},
			{ruleCommoditisation, "commoditisation", Warn},
			{ruleHoursMissing, "hours", Info},
			{ruleRealProblem, "questions.real-problem", Info},
			{ruleJustifiesTime, "questions.justifies-time", Info},
			{ruleAligned, "questions.aligned", Info},
		}},
}

func TestCheckRules(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			c := good()
			tc.edit(&c)
			r := Check(c, tc.free)
			var got []hit
			for _, f := range r.Findings {
				got = append(got, hit{f.Rule, f.Box, f.Severity})
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("findings = %v, want %v", got, tc.want)
			}
			if tc.contains != "" && !strings.Contains(r.Findings[0].Message, tc.contains) {
				t.Errorf("message %q does not contain %q", r.Findings[0].Message, tc.contains)
			}
		})
	}
}

// TestEveryRuleIsTested keeps Rules() and the table above in step: a rule
// nobody triggers is either dead or untested.
func TestEveryRuleIsTested(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range checkCases {
		for _, h := range tc.want {
			seen[h.rule] = true
		}
	}
	for _, r := range Rules() {
		if !seen[r.ID] {
			t.Errorf("rule %q has no case in checkCases", r.ID)
		}
		if r.Description == "" {
			t.Errorf("rule %q has no description", r.ID)
		}
	}
}

// TestFindingsMatchRules checks that every finding names a listed rule and
// the box that rule documents.
func TestFindingsMatchRules(t *testing.T) {
	byID := map[string]Rule{}
	for _, r := range Rules() {
		if _, dup := byID[r.ID]; dup {
			t.Errorf("duplicate rule %q", r.ID)
		}
		byID[r.ID] = r
	}
	row := regexp.MustCompile(`\.\d+$`)
	for _, tc := range checkCases {
		c := good()
		tc.edit(&c)
		for _, f := range Check(c, tc.free).Findings {
			r, ok := byID[f.Rule]
			if !ok {
				t.Errorf("%s: finding with unknown rule %q", tc.name, f.Rule)
				continue
			}
			if box := row.ReplaceAllString(f.Box, ".N"); box != r.Box {
				t.Errorf("%s: rule %q finding on box %q, rule documents %q", tc.name, f.Rule, f.Box, r.Box)
			}
			if f.Message == "" {
				t.Errorf("%s: empty message", tc.name)
			}
		}
	}
}

// TestMessagesNeverQuoteTheUser guards the share link's "hide free text"
// option: generated text must not carry what the user typed.
func TestMessagesNeverQuoteTheUser(t *testing.T) {
	const mark = "zqxjmark"
	c := Canvas{
		Title: mark, Niche: mark + " " + mark,
		Pains:        []PainPoint{{What: mark, Severity: 5}, {HowOften: mark}},
		Alternatives: "", ValueGet: mark, Price: mark,
		Dependencies: []Dependency{{Platform: mark}, {Platform: mark, Mitigation: mark}},
		HoursPerWeek: 30, RealProblem: "zqxjmark", AlignedWhy: mark,
	}
	r := Check(c, 5)
	for _, f := range r.Findings {
		if strings.Contains(f.Message, mark) {
			t.Errorf("finding %s quotes the user: %q", f.Rule, f.Message)
		}
	}
	if r.Riskiest == nil || strings.Contains(r.Riskiest.Why, mark) {
		t.Errorf("riskiest = %+v, want a Why without user text", r.Riskiest)
	}
}

func TestCanvasQuestionsMatchValidateKeysAndFindingBoxes(t *testing.T) {
	c := good()
	c.RealProblem, c.JustifiesTime, c.Aligned = "x", "y", "z"
	v := c.Validate()
	boxes := map[string]bool{}
	for _, f := range Check(Canvas{}, -1).Findings {
		boxes[f.Box] = true
	}
	for _, q := range Questions() {
		if _, ok := v[q.Key]; !ok {
			t.Errorf("Validate has no key %q for %q", q.Key, q.Text)
		}
		if !boxes[q.Box] {
			t.Errorf("no finding on box %q for an empty canvas", q.Box)
		}
		if _, _, ok := good().Answer(q.Key); !ok {
			t.Errorf("Answer(%q) unknown", q.Key)
		}
	}
	if a, why, _ := good().Answer("justifies_time"); a != Yes || why != "The price covers the hours." {
		t.Errorf("Answer(justifies_time) = %q, %q", a, why)
	}
	if _, _, ok := good().Answer("nope"); ok {
		t.Error("Answer(nope) reported ok")
	}
}
