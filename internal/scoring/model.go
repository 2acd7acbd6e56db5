// Package scoring turns questionnaire answers into a ranked list of catalog
// paths, each with the contributions that explain its fit, the must-haves
// it clashes with and the warnings the sources justify.
//
// The model is data ([Model]) that both the "How scoring works" page and
// [Score] read, so the two cannot drift. It is deterministic and versioned
// ([ModelVersion]); a stored result keeps the version it was made with.
//
// In short, for every path:
//
//  1. It starts at [ModelDoc.Base] less up to [ModelDoc.BarrierPoints] for
//     what it asks of anyone before the first income (learning curve,
//     upfront investment, time to first income): the second article's
//     "lower barrier to entry".
//  2. Each skill it needs adds or takes away points by how far your rating
//     climbs toward the need.
//  3. Every other scored answer is one [Factor]: a signal from −1 to 1 read
//     off the answer (0 at the undecided answer) times a property of the
//     path read off its own ratings (also −1 to 1, or 0 to 1), times the
//     factor's points. Hours, the working week, budget and savings use
//     shortfalls instead, so a path that needs more than you have loses
//     ground in proportion.
//  4. A path that breaks a must-have you stated firmly ([MustHave]: an
//     answer at the end of its scale, or keeping the day job) ranks after
//     every path that breaks fewer; it keeps its score, so the page can say
//     what it would have been. A moderate answer is a cost in points
//     instead, scaled by how much the path rests on the thing.
//  5. A path whose work is the field you know well gains for a deep domain
//     rating ([catalog.FieldMatches]).
//
// The sum is then put on a scale ([ScaleRule]) that keeps every possible
// answer set within 0–100, so no score is ever held to the ends.
//
// A track's fit is the fit of its best path, so the best path and the best
// track can never disagree. Every contribution is rounded on its own and a
// score is the sum of its contributions, so the breakdown always adds up.
package scoring

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/numfmt"
	q "github.com/crossroads/crossroads/internal/questionnaire"
)

// ModelVersion identifies this scoring model; change it whenever a weight,
// threshold, formula or path property changes.
const ModelVersion = "crossroads-score/3"

// ModelDoc is the whole scoring model as data, for the "How scoring works"
// page and for [Score].
type ModelDoc struct {
	Version string
	// Neutral says how missing answers are treated.
	Neutral string

	Base          float64
	BarrierPoints float64
	BarrierWhy    string
	BarrierCite   catalog.Citation

	Skills   SkillRule
	Factors  []Factor
	Profiles []Profile

	MustHaves []MustHave
	// ClashPoints is what a broken must-have costs: 0 from model 3 on, where
	// a veto only ranks a path after the rest.
	ClashPoints float64
	ClashWhy    string
	CostWhy     string

	// Fields are the paths whose work is in each field, for the field match
	// factor; FieldWhy explains the rule.
	Fields   []catalog.FieldMatch
	FieldWhy string

	// Scale maps every sum onto 0–100; it is worked out from the model and
	// the catalog (see [ScaleRule]).
	Scale ScaleRule

	Close    CloseRule
	FitWords []FitWord
	FitWhy   string

	Thresholds Thresholds
	Warnings   []WarningRule
	Unscored   []Unscored
}

// Judgement is one number of ours with the reason for it; the page lists
// every one of them as our judgement, apart from what the articles say.
type Judgement struct {
	What  string
	Value string
	Why   string
}

// SkillRule is how a path's skill needs are met.
type SkillRule struct {
	Points float64 // the most the skills can add; as much can be lost
	Text   string
	Cite   catalog.Citation
	// Questions maps each catalog skill to the question that rates it.
	Questions []SkillQuestion
}

// SkillQuestion names the question that rates one catalog skill.
type SkillQuestion struct {
	Skill    catalog.Skill
	Question string
}

// Kind says how a factor reads its answer and the path.
type Kind string

// The kinds of factor.
const (
	// Linear: signal × property × points.
	Linear Kind = "linear"
	// HoursShortfall: the path's weekly hours estimate less yours, one
	// point an hour up to the factor's points; hours to spare (up to
	// Thresholds.SpareHoursFull) add up to Thresholds.SparePoints × the
	// path's slowness to pay (−1 to 1).
	HoursShortfall Kind = "hours"
	// WeekLoad: your day job plus the path's hours above Thresholds.LoadFrom,
	// for side hustles only (a full-time role replaces the day job).
	WeekLoad Kind = "week"
	// BudgetShortfall: your budget against the undecided one (−1 to 1, on a
	// logarithmic scale) × the path's upfront need (0 to 1).
	BudgetShortfall Kind = "budget"
	// RunwayShortfall: savings against half of Thresholds.RunwayMonths
	// (−1 with none, 1 at RunwayMonths) × how far you would leave your pay
	// behind × how slowly the path pays (−1 to 1).
	RunwayShortfall Kind = "runway"
	// DayJobPlan: keeping, leaving or having no day job against the path's mode.
	DayJobPlan Kind = "day-job"
	// FieldMatch: a deep domain rating (4 or 5) in the field chosen, for a
	// path whose work is in that field.
	FieldMatch Kind = "field"
)

// Property is the side of a path a factor weighs an answer against.
type Property string

// The path properties, each read off the path's own ratings or Fit.
const (
	PropCraft       Property = "craft"       // 1 − lean: 0 to 1
	PropPeopleWork  Property = "people-work" // 1 − 2·lean: −1 to 1
	PropTechnical   Property = "technical"   // 2·lean − 1: −1 to 1
	PropFlexibility Property = "flexibility" // (flexibility − 3) / 2
	PropEarning     Property = "earning"     // (earning potential − 2) / 3: −⅓ to 1
	PropLearning    Property = "learning"    // (learning curve − 3) / 2
	PropSteadiness  Property = "steadiness"  // (3 − volatility) / 2
	PropVolatility  Property = "volatility"  // (volatility − 3) / 2
	PropSpeed       Property = "speed"       // (3 − time to first income) / 2
	PropPlatforms   Property = "platforms"   // (platform dependency − 3) / 2
	PropPace        Property = "pace"        // (3 − future-proofing) / 2
	PropExposure    Property = "exposure"    // max(0, commoditisation − 3) / 2
	PropToolUse     Property = "tool-use"    // Fit.ToolUse: 0 to 1
	PropLeads       Property = "leads"       // +1 if the path leads to Option, −1 if not
	PropHours       Property = "hours"       // Fit.Hours
	PropUpfront     Property = "upfront"     // (upfront investment − 1) / 4
	PropSlowPay     Property = "slow-pay"    // (time to first income − 3) / 2
	PropField       Property = "field"       // the fields the path's work is in
	PropMode        Property = "mode"        // side hustle or full-time role
)

// Factor is one scored answer and what it is weighed against.
type Factor struct {
	Question string
	// Option is the Multi option this factor reads ("" for other questions).
	Option string
	// Short names the answer in sentences: "creative, strategic work".
	Short   string
	Kind    Kind
	Against Property
	// Points is the most the factor moves a path, either way.
	Points float64
	// Signals maps a Single question's options to −1…1; the undecided
	// option maps to 0.
	Signals []Signal
	// Neutral is the undecided answer a missing one counts as.
	Neutral string
	// Why is our reason for the weighing.
	Why string
	// Cite is what an article says that the factor rests on, if anything.
	Cite *catalog.Citation
}

// Signal is what one option of a Single question says, from −1 to 1.
type Signal struct {
	Value  string
	Signal float64
}

// Profile is one of the two profiles the second article describes, with the
// answers that express it, for the page.
type Profile struct {
	Name      string
	Questions []string
	Cite      catalog.Citation
}

// MustHave is an answer a path may not break and still come first.
type MustHave struct {
	ID string
	// Name is what the person said, in the second person: "a steady income".
	Name string
	When string // the answers that make it a must-have (a veto)
	Rule string // the paths that break it
	Why  string
	Cite *catalog.Citation
	// Moderate is the answers that make it a cost in points instead, and
	// CostPoints the most that cost takes (times how much a path rests on
	// the thing, 0 to 1).
	Moderate   string
	CostPoints float64
}

// The must-haves.
const (
	MustSteadyIncome = "steady-income"
	MustOwnPlatforms = "own-platforms"
	MustKeepJob      = "keep-day-job"
)

// CloseRule says when the top two are a close call.
type CloseRule struct {
	Margin int // points; at or below it the result says it is close
	Why    string
}

// FitWord names a band of scores in words.
type FitWord struct {
	From int // lowest score in the band
	Word string
}

// Thresholds are the numbers the factors and warnings use. Only SourceHours
// comes from the sources; every other is our judgement, explained on the
// page by [ModelDoc.Judgements].
type Thresholds struct {
	LoadFrom          int     // a working week above this many hours starts to cost
	LoadPerHour       float64 // points lost per hour above LoadFrom
	BurnoutHours      int     // day job + path hours a week at which we warn
	SourceHours       int     // Sarah's 70-hour weeks, from the first article
	RunwayMonths      int     // savings that count as enough to live on while switching (half of it is undecided)
	RunwayWarnMonths  int     // savings below this make leaving a job for a full-time role risky
	BudgetEnough      int     // an upfront budget at or above this is no constraint
	BudgetPivot       int     // the undecided budget
	SpareHoursFull    int     // spare hours a week at which spare time counts in full
	SparePoints       float64 // the most spare hours move a path
	UneasyAtMost      int     // a 1–5 answer at or below this counts as uneasy or low
	HighRating        int     // a path rating at or above this is high (for warnings and must-haves)
	GoalPivot         int     // the monthly income goal that counts as undecided
	WeeksPerMonth     float64 // for turning hourly rates into monthly income
	SteadyNeedAtLeast float64 // the steadiness answers at which a steady income becomes a cost (short of a veto)
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
	KindHours           = "hours"
	KindBudget          = "budget"
	KindClash           = "must-have"
)

// Model returns the scoring model as data. Each call builds a fresh copy,
// so a page may modify what it gets.
func Model() ModelDoc { return withScale(buildModel()) }

// model is the one copy Score reads.
var model = withScale(buildModel())

func buildModel() ModelDoc {
	th := Thresholds{
		LoadFrom:          40,
		LoadPerHour:       0.5,
		BurnoutHours:      55,
		SourceHours:       70,
		RunwayMonths:      12,
		RunwayWarnMonths:  6,
		BudgetEnough:      5000,
		BudgetPivot:       500,
		SpareHoursFull:    20,
		SparePoints:       4,
		UneasyAtMost:      2,
		HighRating:        4,
		GoalPivot:         1000,
		WeeksPerMonth:     52.0 / 12.0,
		SteadyNeedAtLeast: 0.625,
	}
	return ModelDoc{
		Version: ModelVersion,
		Neutral: "A skipped or invalid answer counts as the undecided answer listed with each factor, so it moves no path.",

		Base:          50,
		BarrierPoints: 10,
		BarrierWhy:    "Every path starts at 50, less up to 10 points for what it asks before the first income: the average of its learning curve, upfront investment and time to first income (1: nothing lost, 5: all 10). The article recommends the lower barrier to someone who wants to start earning; the 10 points are our judgement.",
		BarrierCite:   *mva(catalog.SectionChoice, "wants to start earning with a relatively lower barrier to entry"),

		Skills: SkillRule{
			Points: 22,
			Text:   "Each skill a path needs is worth need × (need − 1) shares of up to 22 points: earned in full when your rating reaches the need, lost in full at a rating of 1; beyond the need earns nothing more. Raising a skill never lowers a path that needs it. The 22 points are our judgement: skills matter most but do not decide alone.",
			Cite:   *mva(catalog.SectionSkills, "The skill sets required for success in these two fields have some overlap, like analytical thinking, but are largely distinct."),
			Questions: []SkillQuestion{
				{catalog.Writing, q.SkillWriting},
				{catalog.Persuasion, q.SkillPersuasion},
				{catalog.Analytics, q.SkillAnalytics},
				{catalog.Programming, q.SkillProgramming},
				{catalog.Maths, q.SkillMaths},
				{catalog.Domain, q.SkillDomain},
				{catalog.Client, q.SkillClient},
				{catalog.Prompting, q.SkillPrompting},
				{catalog.Ethics, q.SkillEthics},
			},
		},
		Factors:  factors(th),
		Profiles: profiles(),

		MustHaves:   mustHaves(th),
		ClashPoints: 0,
		ClashWhy:    "Only your firmest answers are vetoes: the end of a scale, or keeping your day job. A path that breaks one ranks after every path that breaks fewer but keeps its score; if it would have led, the result names it. You can lift a veto to see the ranking without it. Our judgement.",
		CostWhy:     "A must-have answer, firm or one step short (2 or 4 of 5), also costs points, times how far the path's rating is above 3/5: all at 5/5, half at 4/5. A lifted veto keeps its cost. Our judgement.",
		Fields:      catalog.FieldMatches(),
		FieldWhy:    "A path whose work is in the field you chose gains up to 8 points at domain expertise 5/5, half at 4/5; your own words never count. Which paths belong to a field is our judgement, from the articles' examples.",

		Close: CloseRule{Margin: 1,
			Why: "On the scale one step of one answer often moves a path a point, so 1 point or less between the top two is a close call, and equal scores a tie. Our judgement."},
		FitWords: []FitWord{{65, "Strong fit"}, {58, "Good fit"}, {50, "Fair fit"}, {0, "Weak fit"}},
		FitWhy:   "Bands set so that across 2,000 random answer sets about one path in seven is a strong fit (a test keeps it under a fifth). Our judgement.",

		Thresholds: th,
		Warnings:   warningRules(th),
		Unscored: []Unscored{
			{q.Country, "Sets the currency of your amounts and the contributions a projection takes off; thresholds are the same numbers in every currency."},
			{q.DomainName, "Free text, kept for your niche canvas; free text never changes a score."},
			{q.JobPayGoal, "Used where it is compared with like: the comparison's projection sets a job's salary against it, and a full-time path with a published salary warns when the salary falls short. A fit score has no like to weigh it against."},
			{q.TakeHome, "Used only in the comparison, which sets a job's salary against what you take home today."},
			{q.GoalThreeYears, "Free text, for you to check the fit with your long-term goals; free text never changes a score."},
		},
	}
}

// factors is every scored answer other than the skill ratings, in
// questionnaire order.
func factors(th Thresholds) []Factor {
	choice := *mva(catalog.SectionChoice, "Choose the path of digital marketing side hustles if you are a creative and strategic thinker who enjoys the direct business impact, loves variety")
	thrive := *mva(catalog.SectionChoice, "You thrive on client interaction and enjoy the art of persuasion and storytelling.")
	aiChoice := *mva(catalog.SectionChoice, "Pursue a career in generative AI if you have a strong aptitude for technical subjects, enjoy deep, focused work, and are fascinated by the mechanics of how AI models work.")
	comfort := *mva(catalog.SectionChoice, "You are comfortable with abstraction, complex systems, and a steeper, more academic learning curve with the potential for very high compensation in a cutting-edge field.")
	n := itoa
	return []Factor{
		{Question: q.HustleHours, Short: "hours a week for a new path", Kind: HoursShortfall, Against: PropHours, Points: 12, Neutral: "10",
			Why:  "A path that needs more hours than you have stalls: a point lost per hour a week of shortfall, up to 12. Spare hours go into building: up to " + n(int(th.SparePoints)) + " points toward paths slow to first income and away from quick ones, in full at " + n(th.SpareHoursFull) + " spare hours.",
			Cite: sh(catalog.SectionQuestions, "Does this create genuine value that justifies the time investment?")},
		{Question: q.DayJobHours, Short: "hours a week of day job", Kind: WeekLoad, Against: PropHours, Points: 15, Neutral: "40",
			Why:  "A side hustle comes on top of the day job: every hour the two go above " + n(th.LoadFrom) + " a week costs half a point, up to 15; a full-time role replaces the day job. " + n(th.LoadFrom) + " is our judgement, well below Sarah's 70-hour weeks.",
			Cite: sh(catalog.SectionSarah, "she’s now working 70-hour weeks and her main job performance is slipping.")},
		{Question: q.DayJob, Short: "plan for the day job", Kind: DayJobPlan, Against: PropMode, Points: 6, Neutral: "unsure",
			Why:  "Keeping the day job adds 6 to side hustles (and vetoes full-time roles); leaving it for a full-time role adds 6 to those and takes 3 from side hustles; no day job weighs the path's flexibility, up to 6 either way; not sure changes nothing.",
			Cite: mva(catalog.SectionFlexibility, "This path is perfectly suited for those looking to generate extra income without quitting their day job, for stay-at-home parents")},
		{Question: q.IncomeGoal, Short: "monthly income goal", Kind: Linear, Against: PropEarning, Points: 10, Neutral: n(th.GoalPivot),
			Why:  "A goal above $" + n(th.GoalPivot) + " a month leans toward paths that earn more (by how far their earning potential is above 2/5), up to 10 points at $10,000 or more, toward the AI-job salaries; as much away at $100 or less; log scale.",
			Cite: mva(catalog.SectionIncome, "Both fields offer significant income potential, but the pathways and stability differ.")},
		{Question: q.Runway, Short: "months of savings", Kind: RunwayShortfall, Against: PropSlowPay, Points: 8, Neutral: "6",
			Why:  "If you would leave your pay (switch or no day job; half if unsure), savings from none to " + n(th.RunwayMonths) + " months move up to 8 points from paths quick to first income to slow ones, which the sources say pay more; " + n(th.RunwayMonths/2) + " months moves nothing. Our judgement; the sources give no timeline.",
			Cite: mva(catalog.SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")},
		{Question: q.Budget, Short: "budget to invest up front", Kind: BudgetShortfall, Against: PropUpfront, Points: 10, Neutral: "500",
			Why:  "A budget below $" + n(th.BudgetPivot) + " costs the paths that ask upfront investment up to 10 points (at $" + n(th.BudgetPivot/10) + " or less), one above it adds as much (at $" + n(th.BudgetEnough) + "), on a log scale; a path started with a laptop is not moved. The sources give no costs: our judgement.",
			Cite: mva(catalog.SectionLandscape, "You can start with minimal investment, often just your time and a laptop.")},

		{Question: q.StyleContact, Short: "client contact", Kind: Linear, Against: PropPeopleWork, Points: 4, Neutral: "3",
			Why: "Client contact suits the marketing end of the work and solo focus the technical end; up to 4 points either way.", Cite: &thrive},
		{Question: q.StyleVariety, Short: "variety over depth", Kind: Linear, Against: PropPeopleWork, Points: 4, Neutral: "3",
			Why: "Variety suits the marketing end, depth the technical end; up to 4 points either way.", Cite: &choice},
		{Question: q.StyleAbstraction, Short: "abstraction and complex systems", Kind: Linear, Against: PropTechnical, Points: 4, Neutral: "3",
			Why: "Comfort with abstraction suits the technical end, concrete tasks the marketing end; up to 4 points either way.", Cite: &comfort},
		{Question: q.StyleResults, Short: "measurable business impact", Kind: Linear, Against: PropCraft, Points: 4, Neutral: "3",
			Why: "The article's marketer enjoys the direct business impact; up to 4 points for the marketing end of the work.", Cite: &choice},
		{Question: q.StyleCreative, Short: "creative, strategic work", Kind: Linear, Against: PropCraft, Points: 5, Neutral: "3",
			Why: "The article's marketer is a creative and strategic thinker; up to 5 points for the marketing end of the work.", Cite: &choice},

		{Question: q.GoalAutonomy, Short: "control over time and work", Kind: Linear, Against: PropFlexibility, Points: 5, Neutral: "3",
			Why:  "Wanting control over your time leans toward the paths rated most flexible; up to 5 points either way.",
			Cite: sh(catalog.SectionAutonomy, "Professionals want control over their time and creative output.")},
		{Question: q.GoalIncome, Short: "earning as much as possible", Kind: Linear, Against: PropEarning, Points: 10, Neutral: "3",
			Why: "Wanting to earn as much as possible leans toward the paths that can earn more; up to 10 points either way.", Cite: &comfort},
		{Question: q.GoalLearning, Short: "learning deep new skills", Kind: Linear, Against: PropLearning, Points: 4, Neutral: "3",
			Why:  "Wanting deep new skills leans toward steeper paths, not wanting them toward gentler ones; up to 4 points either way.",
			Cite: sh(catalog.SectionClosing, "They’re about building skills, networks, and opportunities that compound over time.")},
		{Question: q.GoalStability, Short: "a stable, predictable income", Kind: Linear, Against: PropSteadiness, Points: 6, Neutral: "3",
			Why:  "Valuing a stable income leans toward the steadier paths and away from volatile ones; up to 6 points either way.",
			Cite: mva(catalog.SectionIncome, "The demand is currently white-hot, but it’s a more volatile market tied to the hype cycle and investment trends in the tech sector.")},
		{Question: q.GoalUrgency, Short: "how soon the first income is needed", Kind: Linear, Against: PropSpeed, Points: 6, Neutral: "year",
			Signals: []Signal{{"month", 1}, {"quarter", 0.5}, {"year", 0}, {"later", -0.5}},
			Why:     "Needing income soon leans toward paths that pay quickly, up to 6 points; no rush leans a little toward the slower ones, which the sources say pay more once you are in.",
			Cite:    mva(catalog.SectionChoice, "wants to start earning with a relatively lower barrier to entry")},
		{Question: q.GoalOutcomes, Option: string(catalog.ExtraIncome), Short: "extra income beside a job", Kind: Linear, Against: PropLeads, Points: 3,
			Why:  "A chosen outcome adds 3 points to every path that can lead to it and takes 3 from every path that cannot; an outcome you did not choose changes nothing.",
			Cite: mva(catalog.SectionFlexibility, "This path is perfectly suited for those looking to generate extra income without quitting their day job, for stay-at-home parents")},
		{Question: q.GoalOutcomes, Option: string(catalog.CareerChange), Short: "a new full-time career", Kind: Linear, Against: PropLeads, Points: 3,
			Why:  "As for every outcome: ±3 points by whether the path can lead to it.",
			Cite: mva(catalog.SectionFlexibility, "The career path in generative AI often leads deeper into the technology stack, towards roles in research, engineering, and product development within larger organizations.")},
		{Question: q.GoalOutcomes, Option: string(catalog.OwnBusiness), Short: "a business or agency to own", Kind: Linear, Against: PropLeads, Points: 3,
			Why:  "As for every outcome: ±3 points by whether the path can grow into a business beyond your own hours (an agency, a product, a consultancy).",
			Cite: mva(catalog.SectionFlexibility, "or for entrepreneurs who want to build their own agency gradually")},
		{Question: q.GoalOutcomes, Option: string(catalog.Compounding), Short: "skills and a network that compound", Kind: Linear, Against: PropLeads, Points: 3,
			Why:  "As for every outcome: ±3 points by whether the path builds skills the sources expect to stay valuable.",
			Cite: sh(catalog.SectionClosing, "They’re about building skills, networks, and opportunities that compound over time.")},

		{Question: q.AIFascination, Short: "fascination with how AI models work", Kind: Linear, Against: PropTechnical, Points: 6, Neutral: "3",
			Why: "Fascination with model internals suits the technical end of the work, its absence the marketing end; up to 6 points either way.", Cite: &aiChoice},
		{Question: q.AILearningCurve, Short: "a steep, academic learning curve", Kind: Linear, Against: PropLearning, Points: 6, Neutral: "3",
			Why: "Willingness to take on a steep curve leans toward the steeper paths, reluctance toward the gentler ones; up to 6 points either way.", Cite: &comfort},
		{Question: q.AITools, Short: "AI tool use", Kind: Linear, Against: PropToolUse, Points: 5, Neutral: "tried",
			Signals: []Signal{{"never", -1}, {"tried", 0}, {"weekly", 0.5}, {"daily", 1}},
			Why:     "Using AI tools for real work leans toward the paths whose work runs on them, up to 5 points; never using them leans away.",
			Cite:    sh(catalog.SectionOpening, "they’re income-generating activities that leverage artificial intelligence tools and platforms, typically pursued outside of one’s main employment")},

		{Question: q.RiskTolerance, Short: "comfort with income that swings", Kind: Linear, Against: PropVolatility, Points: 5, Neutral: "3",
			Why:  "Comfort with swings leans toward the volatile paths, needing certainty away from them; up to 5 points either way.",
			Cite: mva(catalog.SectionIncome, "The demand is currently white-hot, but it’s a more volatile market tied to the hype cycle and investment trends in the tech sector.")},
		{Question: q.RiskPlatforms, Short: "comfort relying on platforms owned by others", Kind: Linear, Against: PropPlatforms, Points: 6, Neutral: "3",
			Why:  "Unease about platforms you don't control leans away from the paths that depend on them, up to 6 points either way; 2/5 is also a cost, 1/5 a veto.",
			Cite: sh(catalog.SectionRentedLand, "That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.")},
		{Question: q.RiskChange, Short: "the reaction to a technique going obsolete", Kind: Linear, Against: PropPace, Points: 5, Neutral: "adapt",
			Signals: []Signal{{"retrain", 1}, {"adapt", 0}, {"avoid", -1}},
			Why:     "Relearning eagerly leans toward the paths whose tools change fastest (the lowest future-proofing), preferring slow change away from them; up to 5 points either way.",
			Cite:    mva(catalog.SectionFuture, "The field is moving so fast that a model or technique that is cutting-edge today could be obsolete in 18 months.")},
		{Question: q.SkillDomain, Short: "domain expertise", Kind: Linear, Against: PropExposure, Points: 5, Neutral: "3",
			Why:  "Domain expertise is the defence against commoditisation: paths rated above 3 for it gain up to 5 points with deep expertise and lose as much without.",
			Cite: sh(catalog.SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")},
		{Question: q.DomainField, Short: "the field known well", Kind: FieldMatch, Against: PropField, Points: 8,
			Why:  "With domain expertise 5/5 (half at 4/5), a path whose work is in the field you chose gains up to 8 points: the first article's real advantage, where the work is that field.",
			Cite: sh(catalog.SectionCommoditisation, "The real sustainable advantage? It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")},
	}
}

func profiles() []Profile {
	return []Profile{
		{Name: "The marketing end of the work (lean near 0)", Questions: []string{q.StyleCreative, q.StyleResults, q.StyleVariety, q.StyleContact},
			Cite: *mva(catalog.SectionChoice, "Choose the path of digital marketing side hustles if you are a creative and strategic thinker who enjoys the direct business impact, loves variety")},
		{Name: "The technical end of the work (lean near 1)", Questions: []string{q.AIFascination, q.StyleAbstraction, q.StyleContact, q.StyleVariety},
			Cite: *mva(catalog.SectionChoice, "Pursue a career in generative AI if you have a strong aptitude for technical subjects, enjoy deep, focused work, and are fascinated by the mechanics of how AI models work.")},
	}
}

func mustHaves(th Thresholds) []MustHave {
	n := itoa
	return []MustHave{
		{ID: MustSteadyIncome, Name: "a steady income",
			When:       "Stability 5/5 with comfort with swings 3/5 or less, or swings 1/5 with stability 3/5 or more.",
			Moderate:   "A cost from an average of " + pct(th.SteadyNeedAtLeast) + " toward certainty (stability 4/5, or swings 2/5).",
			CostPoints: 8,
			Rule:       "Paths rated " + n(th.HighRating) + "/5 or more for volatility break it.",
			Why:        "The second article calls generative-AI demand a volatile market tied to the hype cycle, and the first says many AI side hustles live off temporary information asymmetries. Where the line falls is our judgement.",
			Cite:       mva(catalog.SectionIncome, "The demand is currently white-hot, but it’s a more volatile market tied to the hype cycle and investment trends in the tech sector.")},
		{ID: MustOwnPlatforms, Name: "not depending on platforms you don’t control",
			When:       "You rated your comfort depending on platforms and AI tools you don't control 1/5 (very uneasy).",
			Moderate:   "A cost from 2/5.",
			CostPoints: 8,
			Rule:       "Paths rated " + n(th.HighRating) + "/5 or more for platform dependency break it.",
			Why:        "The first article calls this the risk of AI side hustles: building houses on rented land. Where the line falls is our judgement.",
			Cite:       sh(catalog.SectionRentedLand, "That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.")},
		{ID: MustKeepJob, Name: "keeping your day job",
			When:       "You want to keep your day job, with this on the side.",
			Moderate:   "A cost on full-time roles.",
			CostPoints: 8,
			Rule:       "Full-time roles break it.",
			Why:        "The high-paying generative-AI jobs are mostly full-time, dedicated positions; recommending one first to someone who means to keep their job would contradict them.",
			Cite:       mva(catalog.SectionFlexibility, "Generative AI jobs, particularly the high-paying ones, are more often structured as full-time, dedicated positions.")},
	}
}

func warningRules(th Thresholds) []WarningRule {
	n := itoa
	return []WarningRule{
		{KindBurnout, "Burnout",
			"Your day-job hours plus the hours you would give a path reach " + n(th.BurnoutHours) + " or more a week. Shown at the top and on every side-hustle path.",
			"The sources give no safe number; their one data point is Sarah's " + n(th.SourceHours) + "-hour weeks, when her main job performance slipped. We warn " + n(th.SourceHours-th.BurnoutHours) + " hours earlier, at " + n(th.BurnoutHours) + ": our choice, not a figure from the sources.",
			sh(catalog.SectionSarah, "she’s now working 70-hour weeks and her main job performance is slipping.")},
		{KindHours, "Fewer hours than the path needs",
			"The hours a week you can give are below our estimate of what the path needs. Shown on every such path.",
			"A side hustle that gets less time than it needs stalls; the estimate is ours, the sources give no weekly figure.",
			sh(catalog.SectionQuestions, "Does this create genuine value that justifies the time investment?")},
		{KindBudget, "A bigger upfront investment than your budget",
			"The path is rated " + n(th.HighRating) + "/5 or more for upfront investment and your budget is below $" + n(th.BudgetEnough) + ".",
			"The second article says many of the most lucrative AI jobs demand a significant upfront investment in education; it gives no cost figure.",
			mva(catalog.SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")},
		{KindRunway, "Short savings runway",
			"You would leave your day job (or have none) and your savings cover fewer than " + n(th.RunwayWarnMonths) + " months. Shown on full-time paths, and at the top when your best fit is one.",
			"The sources give no timeline for landing an AI role, only a higher entry bar and a significant upfront investment in education. " + n(th.RunwayWarnMonths) + " months is our cautious floor.",
			mva(catalog.SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")},
		{KindIncomeGoal, "Income goal outside the published range",
			"Only for paths with a published figure. An hourly rate becomes monthly income as rate × your weekly hours × 52 ÷ 12 (about 4.33 weeks a month); a yearly salary is divided by 12. We warn when your monthly goal is above what the top of the range would bring, and add a milder note when only the starting rate falls short.",
			"It compares like with like. It assumes every free hour is billed, before fees and tax, which is optimistic: read a pass as a ceiling, not a forecast.",
			nil},
		{KindRentedLand, "Building on rented land",
			"Shown on every path rated " + n(th.HighRating) + "/5 or more for platform dependency, with what the sources say about that path, and with your own answer when you rated your comfort with such platforms " + n(th.UneasyAtMost) + "/5 or lower.",
			"The first article calls this the risk of AI side hustles.",
			sh(catalog.SectionRentedLand, "That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.")},
		{KindCommoditisation, "Commoditisation",
			"Shown on every path rated " + n(th.HighRating) + "/5 or more for commoditisation risk, with what the sources say about that path, and with your own answer when you rated your domain expertise " + n(th.UneasyAtMost) + "/5 or lower.",
			"The barrier to entry is dropping fast; domain expertise is the defence the first article names.",
			sh(catalog.SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")},
		{KindHypeCycle, "Volatility",
			"Shown on every path rated " + n(th.HighRating) + "/5 or more for volatility, with what the sources say about that path, and with your own answers when you prefer certainty or slow change.",
			"Generative-AI demand is white-hot but tied to the hype cycle, a technique that is cutting-edge today could be obsolete in 18 months, and many AI side hustles live off temporary information asymmetries.",
			mva(catalog.SectionIncome, "The demand is currently white-hot, but it’s a more volatile market tied to the hype cycle and investment trends in the tech sector.")},
		{KindClash, "Breaks a must-have",
			"The path breaks something you said you need (see the must-haves above).",
			"A result that put such a path first would contradict what you told us.",
			nil},
	}
}

// Judgements lists every number of ours in the model with the reason for
// it, for the page: none of them comes from the articles.
func (m ModelDoc) Judgements() []Judgement {
	out := m.numbers()
	// The costs and the field match, as data: which paths each field lifts.
	labels := fieldLabels()
	var fields []string
	for _, fm := range m.Fields {
		var names []string
		for _, id := range fm.Paths {
			if p, ok := catalog.ByID(id); ok {
				names = append(names, p.Name)
			}
		}
		if len(names) > 0 {
			fields = append(fields, labels[fm.Field]+": "+strings.Join(names, ", "))
		}
	}
	out = append(out, Judgement{"Field match: up to " + itoa(int(fieldPoints(m.Factors))) + " points", strings.Join(fields, "; "), m.FieldWhy})
	return out
}

// fieldLabels names each field as the questionnaire offers it.
func fieldLabels() map[catalog.Field]string {
	out := map[catalog.Field]string{}
	if qu, ok := q.Default().Question(q.DomainField); ok {
		for _, o := range qu.Options {
			out[catalog.Field(o.Value)] = o.Label
		}
	}
	return out
}

// numbers are the model's single numbers of ours.
func (m ModelDoc) numbers() []Judgement {
	th := m.Thresholds
	return []Judgement{
		{"Starting score", itoa(int(m.Base)) + " before the scale", "The middle, so answers and ratings move a path up or down from an even start."},
		{"Scale", "start " + oneDecimal(m.Scale.Base) + ", every other reason × " + twoDecimals(m.Scale.Multiplier), m.Scale.Why},
		{"Barrier", "up to " + itoa(int(m.BarrierPoints)) + " points", m.BarrierWhy},
		{"Skills", "up to ±" + itoa(int(m.Skills.Points)) + " points", "Skills decide more than any single answer but not alone."},
		{"Must-haves (vetoes)", "ranked after, no points", m.ClashWhy},
		{"Costs", "up to " + itoa(int(maxCost(m.MustHaves))) + " points each", m.CostWhy + " " + moderates(m.MustHaves)},
		{"Close call", itoa(m.Close.Margin) + " points", m.Close.Why},
		{"Fit words", fitWordBands(m.FitWords), m.FitWhy},
		{"A long week", itoa(th.LoadFrom) + " hours", "A full week already; every hour above it costs a side hustle half a point."},
		{"Burnout warning", itoa(th.BurnoutHours) + " hours", "Fifteen hours before the 70-hour weeks at which Sarah's job performance slipped."},
		{"Enough savings", itoa(th.RunwayMonths) + " months", "Enough to wait for a slow path to pay; the sources give no timeline."},
		{"Short savings warning", "under " + itoa(th.RunwayWarnMonths) + " months", "Half of what we count as enough: below it, leaving a job for a full-time role gets a warning."},
		{"Budget with no constraint", dollars(th.BudgetEnough), "The sources give no cost figures; above this we treat a budget as no constraint."},
		{"Uneasy or low", itoa(th.UneasyAtMost) + "/5 or lower", "The two lowest points of a 1–5 scale."},
		{"High rating", itoa(th.HighRating) + "/5 or more", "The two highest points of a path's 1–5 rating."},
		{"Undecided income goal", dollars(th.GoalPivot) + " a month", "A modest first goal for a side hustle; goals above it lean toward paths that can earn more."},
		{"Path lean, hours, earning potential, outcomes, tool use", "per path", "Our reading of each path, listed in the path table below; the sources rate none of them."},
		{"Skill needs", "1–5 per skill", "Our reading of how much each path's day-to-day work leans on a skill: 5 is at its core."},
		{"Axis ratings", "1–5 per axis", "Our reading of what the sources say about each path, with the quote beside every rating on the comparison and sources pages."},
	}
}

func moderates(ms []MustHave) string {
	var out []string
	for _, mh := range ms {
		out = append(out, mh.Name+": "+lowerFirst(mh.Moderate))
	}
	return strings.Join(out, " ")
}

func maxCost(ms []MustHave) float64 {
	var most float64
	for _, mh := range ms {
		most = max(most, mh.CostPoints)
	}
	return most
}

func fieldPoints(fs []Factor) float64 {
	for _, fc := range fs {
		if fc.Kind == FieldMatch {
			return fc.Points
		}
	}
	return 0
}

func oneDecimal(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

func twoDecimals(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

func fitWordBands(ws []FitWord) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += ", "
		}
		s += w.Word + " from " + itoa(w.From)
	}
	return s
}

func dollars(n int) string { return numfmt.Dollars(float64(n)) }

func pct(f float64) string { return itoa(int(f*100+0.5)) + "%" }

func mva(section, quote string) *catalog.Citation {
	return &catalog.Citation{Source: catalog.MarketingVsAI, Section: section, Quote: quote}
}

func sh(section, quote string) *catalog.Citation {
	return &catalog.Citation{Source: catalog.SideHustles, Section: section, Quote: quote}
}
