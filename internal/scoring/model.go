// Package scoring turns questionnaire answers into a fit score for each
// track and each catalog path, with the contributions that explain every
// score and the warnings the sources justify.
//
// The model is data ([Model]) that both the "How scoring works" page and
// [Score] read, so the two cannot drift. It is deterministic and versioned
// ([ModelVersion]); a stored result keeps the version it was made with.
//
// In short:
//
//  1. Answers become profile dimensions from 0 to 1 (a 1–5 scale maps 1→0,
//     5→1; options map to fixed values). A missing or invalid answer counts
//     as the midpoint, 0.5.
//  2. The marketing and AI-job fits start at 50 and each criterion adds
//     Points × (2v − 1): from −Points when the dimension is 0 to +Points
//     when it is 1. The points of a track sum to 50, so fits run 0–100.
//  3. The hybrid fit starts from the stronger of those two fits, gains or
//     loses by how far the weaker one is from a pivot (the articles: the
//     paths "are not mutually exclusive", the best "combine skills from both
//     domains"), and moves with domain expertise, AI tool use, autonomy and
//     wanting it beside a day job.
//  4. A path's fit is 60% of its track's fit plus up to 40 points for how
//     well your skills meet the path's needs.
//
// Every contribution is rounded on its own and a score is the sum of its
// contributions, with an explicit "Capped at 100" or "Raised to 0" entry
// when clamping is needed, so the breakdown always adds up.
package scoring

import (
	"strconv"

	"github.com/crossroads/crossroads/internal/catalog"
)

// ModelVersion identifies this scoring model; change it whenever a weight,
// threshold or formula changes.
const ModelVersion = "crossroads-score/1"

// ModelDoc is the whole scoring model as data, for the "How scoring works" page.
type ModelDoc struct {
	Version    string
	Neutral    string // how missing answers are treated
	Dimensions []Dimension
	Tracks     []TrackModel
	Paths      PathModel
	Thresholds Thresholds
	Warnings   []WarningRule
	Unscored   []Unscored
}

// Dimension is one trait of the user's profile, from 0 to 1.
type Dimension struct {
	ID          string
	Name        string
	Description string
	Inputs      []Input // weights sum to 1
}

// Input is one answer feeding a dimension.
type Input struct {
	Question string
	Weight   float64
	// Invert counts the answer backwards: 1 − value.
	Invert bool
	// Choices maps a Single answer's values to 0–1.
	Choices []Choice
	// Option makes a Multi answer count 1 when this option is chosen, 0 when not.
	Option string
	// Cap makes a Number answer count min(value, Cap) / Cap.
	Cap int
	// How says in words how the answer is read.
	How string
}

// Choice is the value one option of a Single question contributes.
type Choice struct {
	Value string
	Score float64
}

// TrackModel is how one track's fit is computed.
type TrackModel struct {
	Track    catalog.Track
	Base     float64
	Criteria []Criterion
	// Combination is set for the hybrid track only.
	Combination *Combination
}

// Criterion is one thing the sources say suits a track.
type Criterion struct {
	Label     string
	Dimension string
	Invert    bool
	// Points is the most the criterion can add or take away: it adds Points × (2v − 1).
	Points float64
	Cite   catalog.Citation
}

// Combination is the hybrid's rule: start from the stronger of the
// marketing and AI-job fits, then add Factor × (weaker fit − Pivot).
type Combination struct {
	Pivot  float64
	Factor float64
	Text   string
	Cite   catalog.Citation
}

// PathModel is how a path's fit is computed from its track fit and skills.
type PathModel struct {
	TrackShare  float64 // share of the track fit a path inherits
	SkillPoints float64 // points for meeting every skill need
	Skills      []SkillInput
	Text        string
	Cite        catalog.Citation
}

// SkillInput names the question that rates one catalog skill.
type SkillInput struct {
	Skill    catalog.Skill
	Question string
}

// Thresholds are the numbers the warnings use. Only SourceHours comes from
// the sources; the others are Crossroads' own choices, explained in the
// warning rules.
type Thresholds struct {
	BurnoutHours  int     // day job + path hours a week at which we warn
	SourceHours   int     // Sarah's 70-hour weeks, from the first article
	RunwayMonths  int     // savings below this make a full-time switch risky
	UneasyAtMost  int     // a 1–5 answer at or below this counts as uneasy or low
	FullHours     int     // weekly hours that count as fully available: the top of DESIGN.md's "10–20 hours a week at most"
	WeeksPerMonth float64 // for turning hourly rates into monthly income
}

// WarningRule documents when a warning appears and why.
type WarningRule struct {
	Kind  string
	Title string
	When  string
	Why   string
	Cite  *catalog.Citation
}

// Unscored is a question that is asked but does not change any score.
type Unscored struct {
	Question string
	Why      string
}

// Warning kinds.
const (
	KindBurnout         = string(catalog.RiskBurnout)
	KindRentedLand      = string(catalog.RiskRentedLand)
	KindCommoditisation = string(catalog.RiskCommoditisation)
	KindHypeCycle       = string(catalog.RiskHypeCycle)
	KindIncomeGoal      = "income-goal"
	KindRunway          = "runway"
)

// Dimension IDs, used by criteria and by the warnings.
const (
	dimCreative     = "creative-strategic"
	dimPersuasion   = "persuasion-storytelling"
	dimImpact       = "business-impact"
	dimVariety      = "variety"
	dimClient       = "client-orientation"
	dimEarnSoon     = "earn-soon"
	dimTechnical    = "technical-aptitude"
	dimDeepFocus    = "deep-focus"
	dimFascination  = "ai-fascination"
	dimAbstraction  = "abstraction"
	dimAcademic     = "academic-appetite"
	dimCompensation = "compensation-drive"
	dimFullTime     = "full-time-openness"
	dimDomain       = "domain-expertise"
	dimAITools      = "ai-tool-use"
	dimAutonomy     = "autonomy"
	dimStability    = "stability-need"
	dimRisk         = "risk-tolerance"
	dimTime         = "time-available"
)

// Model returns the scoring model as data. Each call builds a fresh copy,
// so a page may modify what it gets.
func Model() ModelDoc { return buildModel() }

// model is the one copy Score reads.
var model = buildModel()

func buildModel() ModelDoc {
	th := Thresholds{
		BurnoutHours:  55,
		SourceHours:   70,
		RunwayMonths:  6,
		UneasyAtMost:  2,
		FullHours:     20,
		WeeksPerMonth: 52.0 / 12.0,
	}
	return ModelDoc{
		Version:    ModelVersion,
		Neutral:    "A question you skipped, or an answer that is not valid, counts as the middle of its range (0.5), so it neither helps nor hurts any track.",
		Dimensions: dimensions(th),
		Tracks:     tracks(),
		Paths: PathModel{
			TrackShare:  0.6,
			SkillPoints: 40,
			Skills: []SkillInput{
				{catalog.Writing, "skill-writing"},
				{catalog.Persuasion, "skill-persuasion"},
				{catalog.Analytics, "skill-analytics"},
				{catalog.Programming, "skill-programming"},
				{catalog.Maths, "skill-maths"},
				{catalog.Domain, "skill-domain"},
				{catalog.Client, "skill-client"},
				{catalog.Prompting, "skill-prompting"},
				{catalog.Ethics, "skill-ethics"},
			},
			Text: "A path inherits 60% of its track’s fit. The other 40 points measure how well your skill ratings meet the path’s needs: each needed skill is worth points in proportion to need × (need − 1), and you earn them in proportion to how far your rating (1–5) climbs toward the need; going beyond the need earns nothing more. A skill you skipped counts as 3/5. Raising a skill can only raise the fit of a path that needs it.",
			Cite: *mva(catalog.SectionSkills, "The skill sets required for success in these two fields have some overlap, like analytical thinking, but are largely distinct."),
		},
		Thresholds: th,
		Warnings:   warningRules(th),
		Unscored: []Unscored{
			{"budget", "Kept for the comparison and your plan; the sources give no cost figures to score it against."},
			{"domain-name", "Free text, kept for your niche canvas; free text never changes a score."},
			{"goal-three-years", "Free text, for you to check the fit with your long-term goals; free text never changes a score."},
			{"dayjob-hours", "Used only for the burnout warning."},
			{"runway", "Used only for the savings-runway warning."},
			{"income-goal", "Used only for the income-goal warnings."},
		},
	}
}

func dimensions(th Thresholds) []Dimension {
	return []Dimension{
		{dimCreative, "Creative and strategic", "Enjoys shaping a campaign, a story or a brand voice.",
			[]Input{scale("style-creative", 1)}},
		{dimPersuasion, "Persuasion and storytelling", "Can write copy that moves people and understands why they buy.",
			[]Input{scale("skill-writing", 0.5), scale("skill-persuasion", 0.5)}},
		{dimImpact, "Direct business impact", "Enjoys measurable results and can read the data that shows them.",
			[]Input{scale("style-results", 0.6), scale("skill-analytics", 0.4)}},
		{dimVariety, "Loves variety", "Prefers many clients and tasks to one problem for weeks.",
			[]Input{scale("style-variety", 1)}},
		{dimClient, "Client interaction", "Enjoys client contact and can manage the communication and the project.",
			[]Input{scale("style-contact", 0.6), scale("skill-client", 0.4)}},
		{dimEarnSoon, "Wants to earn soon", "How soon the first income is needed.",
			[]Input{choice("goal-urgency", 1, Choice{"month", 1}, Choice{"quarter", 2.0 / 3}, Choice{"year", 1.0 / 3}, Choice{"later", 0})}},
		{dimTechnical, "Technical aptitude", "Programming and the mathematics behind models.",
			[]Input{scale("skill-programming", 0.5), scale("skill-maths", 0.5)}},
		{dimDeepFocus, "Deep, focused work", "Prefers long solo stretches on one hard problem.",
			[]Input{inverted(scale("style-contact", 0.5)), inverted(scale("style-variety", 0.5))}},
		{dimFascination, "Fascinated by AI models", "Curious about how the models work inside.",
			[]Input{scale("ai-fascination", 1)}},
		{dimAbstraction, "Comfort with abstraction", "At ease with abstraction and complex systems.",
			[]Input{scale("style-abstraction", 1)}},
		{dimAcademic, "Appetite for a steep, academic curve", "Willing to learn statistics, linear algebra and neural networks, and values deep learning.",
			[]Input{scale("ai-learning-curve", 0.7), scale("goal-learning", 0.3)}},
		{dimCompensation, "Drive for high pay", "How much earning as much as possible matters.",
			[]Input{scale("goal-income", 1)}},
		{dimFullTime, "Open to a full-time switch", "Would leave the day job for the right role, or wants a new full-time career.",
			[]Input{
				choice("day-job", 0.7, Choice{"keep", 0}, Choice{"unsure", 0.5}, Choice{"none", 0.5}, Choice{"switch", 1}),
				option("goal-outcomes", 0.3, "career-change"),
			}},
		{dimDomain, "Domain expertise", "Deep knowledge of one field outside marketing and AI.",
			[]Input{scale("skill-domain", 1)}},
		{dimAITools, "Uses AI tools", "Uses AI tools for real work and prompts them precisely.",
			[]Input{
				choice("ai-tools", 0.7, Choice{"never", 0}, Choice{"tried", 1.0 / 3}, Choice{"weekly", 2.0 / 3}, Choice{"daily", 1}),
				scale("skill-prompting", 0.3),
			}},
		{dimAutonomy, "Wants autonomy", "Control over time and creative output.",
			[]Input{scale("goal-autonomy", 1)}},
		{dimStability, "Needs stability", "Values a stable, predictable income over upside.",
			[]Input{scale("goal-stability", 0.7), inverted(scale("risk-tolerance", 0.3))}},
		{dimRisk, "Risk tolerance", "At ease with swinging income, platforms you don’t control and fast change.",
			[]Input{
				scale("risk-tolerance", 0.5),
				scale("risk-platforms", 0.25),
				choice("risk-change", 0.25, Choice{"retrain", 1}, Choice{"adapt", 0.5}, Choice{"avoid", 0}),
			}},
		{dimTime, "Time available", "Weekly hours free for the path. Not part of any fit: it feeds the income and burnout checks.",
			[]Input{number("hustle-hours", 1, th.FullHours)}},
	}
}

func tracks() []TrackModel {
	mktChoice := *mva(catalog.SectionChoice, "a creative and strategic thinker who enjoys the direct business impact, loves variety, and wants to start earning with a relatively lower barrier to entry")
	mktThrive := *mva(catalog.SectionChoice, "You thrive on client interaction and enjoy the art of persuasion and storytelling.")
	aiChoice := *mva(catalog.SectionChoice, "Pursue a career in generative AI if you have a strong aptitude for technical subjects, enjoy deep, focused work, and are fascinated by the mechanics of how AI models work.")
	aiComfort := *mva(catalog.SectionChoice, "You are comfortable with abstraction, complex systems, and a steeper, more academic learning curve with the potential for very high compensation in a cutting-edge field.")
	outside := *sh(catalog.SectionOpening, "they’re income-generating activities that leverage artificial intelligence tools and platforms, typically pursued outside of one’s main employment")
	return []TrackModel{
		{Track: catalog.Marketing, Base: 50, Criteria: []Criterion{
			{"Creative and strategic thinker", dimCreative, false, 7.5, mktChoice},
			{"Enjoys persuasion and storytelling", dimPersuasion, false, 7.5, mktThrive},
			{"Enjoys direct business impact", dimImpact, false, 7.5, mktChoice},
			{"Loves variety", dimVariety, false, 5, mktChoice},
			{"Thrives on client interaction", dimClient, false, 7.5, mktThrive},
			{"Wants to start earning soon", dimEarnSoon, false, 5, mktChoice},
			{"Prefers a lower barrier to entry", dimAcademic, true, 2.5, mktChoice},
			{"Wants extra income without quitting the day job", dimFullTime, true, 5,
				*mva(catalog.SectionFlexibility, "This path is perfectly suited for those looking to generate extra income without quitting their day job, for stay-at-home parents")},
			{"Values steady, perennial demand", dimStability, false, 2.5,
				*mva(catalog.SectionIncome, "The demand for skilled digital marketers is perennial; as long as businesses exist online, they will need to attract customers.")},
		}},
		{Track: catalog.AIJob, Base: 50, Criteria: []Criterion{
			{"Strong aptitude for technical subjects", dimTechnical, false, 12.5, aiChoice},
			{"Enjoys deep, focused work", dimDeepFocus, false, 7.5, aiChoice},
			{"Fascinated by how AI models work", dimFascination, false, 7.5, aiChoice},
			{"Comfortable with abstraction and complex systems", dimAbstraction, false, 5, aiComfort},
			{"Ready for a steeper, more academic learning curve", dimAcademic, false, 5, aiComfort},
			{"Motivated by very high compensation", dimCompensation, false, 5, aiComfort},
			{"Open to a full-time, dedicated role", dimFullTime, false, 5,
				*mva(catalog.SectionFlexibility, "Generative AI jobs, particularly the high-paying ones, are more often structured as full-time, dedicated positions.")},
			{"Comfortable with a volatile market", dimRisk, false, 2.5,
				*mva(catalog.SectionIncome, "The demand is currently white-hot, but it’s a more volatile market tied to the hype cycle and investment trends in the tech sector.")},
		}},
		{Track: catalog.Hybrid, Base: 50,
			Combination: &Combination{
				Pivot:  55,
				Factor: 0.5,
				Text:   "An AI-powered side hustle can lean on whichever side is stronger: a marketer who uses AI, or a technical person who builds for a niche. So the hybrid starts from your stronger fit (marketing or AI job) and adds half the distance of your weaker fit from 55. A weaker fit above 55 (both profiles strong) puts the hybrid ahead of both; a weak second profile pulls it behind the stronger one.",
				Cite:   *mva(catalog.SectionChoice, "The most forward-thinking professionals will likely be those who combine skills from both domains"),
			},
			Criteria: []Criterion{
				{"Domain expertise, the real sustainable advantage", dimDomain, false, 8,
					*sh(catalog.SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")},
				{"Already uses AI tools", dimAITools, false, 6, outside},
				{"Wants control over time and creative output", dimAutonomy, false, 3,
					*sh(catalog.SectionAutonomy, "Professionals want control over their time and creative output.")},
				{"Wants it beside the main job", dimFullTime, true, 3, outside},
			}},
	}
}

func warningRules(th Thresholds) []WarningRule {
	n := strconv.Itoa
	return []WarningRule{
		{KindBurnout, "Burnout",
			"Your day-job hours plus the hours you would give a path reach " + n(th.BurnoutHours) + " or more a week. Shown at the top and on every side-hustle path.",
			"The sources give no safe number of hours. Their one data point is Sarah, whose side hustle took her to " + n(th.SourceHours) + "-hour weeks while her main job performance slipped. We warn " + n(th.SourceHours-th.BurnoutHours) + " hours earlier, at " + n(th.BurnoutHours) + ", so the warning comes while there is still room to plan; " + n(th.BurnoutHours) + " is our choice, not a figure from the sources.",
			sh(catalog.SectionSarah, "she’s now working 70-hour weeks and her main job performance is slipping.")},
		{KindRunway, "Short savings runway",
			"You would leave your day job (or have none) and your savings cover fewer than " + n(th.RunwayMonths) + " months. Shown on full-time paths, and at the top when a generative-AI job is your top track.",
			"The sources give no timeline for landing an AI role; they say the entry-level bar is higher and the upfront investment in education significant. " + n(th.RunwayMonths) + " months is our cautious floor, not a figure from the sources.",
			mva(catalog.SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")},
		{KindIncomeGoal, "Income goal outside the published range",
			"Only for paths with a published figure. An hourly rate becomes monthly income as rate × your weekly hours × 52 ÷ 12 (about 4.33 weeks a month); a yearly salary is divided by 12. We warn when your monthly goal is above what the top of the range would bring, and add a milder note when only the starting rate falls short.",
			"It compares like with like. It assumes every free hour is billed, before fees and tax, which is optimistic: read a pass as a ceiling, not a forecast.",
			nil},
		{KindRentedLand, "Building on rented land",
			"Shown on every path that depends on platforms you don’t control, with what the sources say about that path; also at the top when the AI-powered side hustle is your top track and you rated your comfort with such platforms " + n(th.UneasyAtMost) + "/5 or lower.",
			"The first article calls this the risk of AI side hustles.",
			sh(catalog.SectionRentedLand, "That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.")},
		{KindCommoditisation, "Commoditisation",
			"Shown on every path the sources describe as exposed, with what they say about that path; also at the top when the AI-powered side hustle is your top track and you rated your domain expertise " + n(th.UneasyAtMost) + "/5 or lower.",
			"The barrier to entry is dropping fast; domain expertise is the defence the first article names.",
			sh(catalog.SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")},
		{KindHypeCycle, "Hype-cycle volatility",
			"Shown on every generative-AI job, with what the sources say about its volatility; also at the top when a generative-AI job is your top track and you rated your comfort with swinging income " + n(th.UneasyAtMost) + "/5 or lower, or would rather avoid work that changes fast.",
			"Demand is white-hot but tied to the hype cycle, and a technique that is cutting-edge today could be obsolete in 18 months.",
			mva(catalog.SectionIncome, "The demand is currently white-hot, but it’s a more volatile market tied to the hype cycle and investment trends in the tech sector.")},
	}
}

// Helpers that keep the model table short.

func scale(q string, w float64) Input {
	return Input{Question: q, Weight: w, How: "1–5 scale: 1 counts 0, 5 counts 1"}
}

func inverted(in Input) Input {
	in.Invert = true
	in.How += ", counted backwards (5 counts 0)"
	return in
}

func choice(q string, w float64, cs ...Choice) Input {
	how := "option values: "
	for i, c := range cs {
		if i > 0 {
			how += ", "
		}
		how += c.Value + " " + strconv.FormatFloat(c.Score, 'f', 2, 64)
	}
	return Input{Question: q, Weight: w, Choices: cs, How: how}
}

func option(q string, w float64, opt string) Input {
	return Input{Question: q, Weight: w, Option: opt, How: "1 if “" + opt + "” is chosen, 0 if not"}
}

func number(q string, w float64, limit int) Input {
	return Input{Question: q, Weight: w, Cap: limit,
		How: "number: " + strconv.Itoa(limit) + " or more counts 1, 0 counts 0"}
}

func mva(section, quote string) *catalog.Citation {
	return &catalog.Citation{Source: catalog.MarketingVsAI, Section: section, Quote: quote}
}

func sh(section, quote string) *catalog.Citation {
	return &catalog.Citation{Source: catalog.SideHustles, Section: section, Quote: quote}
}
