package plan

import "github.com/crossroads/crossroads/internal/catalog"

// The steps most paths share, and the quotes they rest on. Every quote is
// verbatim from the stored articles (plan_test.go checks them).

func mva(section, quote string) *catalog.Citation {
	return &catalog.Citation{Source: catalog.MarketingVsAI, Section: section, Quote: quote}
}

func sh(section, quote string) *catalog.Citation {
	return &catalog.Citation{Source: catalog.SideHustles, Section: section, Quote: quote}
}

var (
	citeNiche     = sh(catalog.SectionPattern, "They start with a specific niche (another Qgenius principle), focus on reducing cognitive load for users, and create genuine efficiency improvements.")
	citeSarah     = sh(catalog.SectionSarah, "she’s now working 70-hour weeks and her main job performance is slipping.")
	citeTime      = sh(catalog.SectionQuestions, "Does this create genuine value that justifies the time investment?")
	citeQuestions = sh(catalog.SectionQuestions, "Am I solving a real problem for a specific audience?")
	citeValue     = sh(catalog.SectionValue, "Successful products create unequal value exchanges where users get more than they give.")
	citeSelf      = mva(catalog.SectionChoice, "The answer lies in self-assessment.")
	citeNotOnly   = mva(catalog.SectionChoice, "these paths are not mutually exclusive")
	citeClients   = mva(catalog.SectionIncome, "income is often directly tied to your ability to attract and retain clients and, crucially, to deliver results")
	citePortfolio = mva(catalog.SectionLandscape, "This results-driven nature makes it easier to justify your rates and build a portfolio.")
	citeCopy      = mva(catalog.SectionSkills, "strong copywriting ability to craft compelling ads and emails")
	citeBuyers    = mva(catalog.SectionSkills, "a keen understanding of human psychology to grasp what motivates a customer to buy")
	citeAnalytics = mva(catalog.SectionSkills, "analytical skills to interpret data from platforms like Google Analytics and Facebook Insights")
	citeClientPM  = mva(catalog.SectionSkills, "Project management and client communication are also paramount.")
	citePython    = mva(catalog.SectionSkills, "Proficiency in programming languages like Python is often a baseline requirement.")
	citeMaths     = mva(catalog.SectionSkills, "A solid grasp of statistics, linear algebra, and neural network architectures is essential for roles involved in model development.")
	citePrompt    = mva(catalog.SectionSkills, "you need a almost linguistic precision to communicate with an AI effectively")
	citeEmployers = mva(catalog.SectionRise, "many generative AI roles are emerging within established tech companies, research labs, and startups")
	citeUpfront   = mva(catalog.SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")
	citeObsolete  = mva(catalog.SectionFuture, "The field is moving so fast that a model or technique that is cutting-edge today could be obsolete in 18 months.")
	citeHuman     = mva(catalog.SectionFuture, "The human elements of strategy, brand voice, and emotional connection remain difficult for AI to fully replicate.")
	citeToolRoles = mva(catalog.SectionIncome, "The risk is that specific tool-centric roles may evolve rapidly, but the core AI and machine learning skills are likely to remain valuable.")
	citeTools     = sh(catalog.SectionSarah, "using tools like ChatGPT and Claude")
	citeDomain    = sh(catalog.SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")
	citeCommodity = sh(catalog.SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")
	citeRented    = sh(catalog.SectionRentedLand, "That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.")
	citeDrafts    = mva(catalog.SectionFuture, "Marketers are using AI to generate blog post ideas, create first drafts of copy, analyze data trends, and personalize customer interactions.")
	citeLadder    = mva(catalog.SectionFlexibility, "The career path in generative AI often leads deeper into the technology stack, towards roles in research, engineering, and product development within larger organizations.")
)

// nicheStep is a path's first step: one specific niche and its pains.
func nicheStep(text string) Step {
	return Step{ID: "niche", Text: text, Kind: Work, Hours: 3,
		Why: "The article’s successful side hustles start with a specific niche.", Cite: citeNiche}
}

// canvasStep sketches the idea on a niche canvas, prefilled from the
// assessment, while none has been started for the path.
func canvasStep() Step {
	return Step{ID: "canvas", Text: "Sketch a niche canvas for the idea: the audience, its pain points, the value exchange and the channels.",
		Kind: Work, Hours: 2, When: Condition{Test: NoCanvas}, Link: LinkCanvas,
		Why: "The article’s successful side hustles start with a specific niche.", Cite: citeNiche}
}

// hoursBudgetStep keeps a side hustle within what the week can carry.
func hoursBudgetStep() Step {
	return Step{ID: "hours-budget", Text: "Set a weekly hours budget that fits beside the day job, write it down and keep to it.",
		Kind: Habit, Hours: 1, When: Condition{Test: KeepsDayJob},
		Why: "A side hustle on top of a job needs a limit.", Cite: citeSarah}
}

// smallOfferStep narrows the first offer when the hours are short.
func smallOfferStep() Step {
	return Step{ID: "small-offer", Text: "Cut the first offer down to one deliverable that fits the weekly hours.",
		Kind: Habit, Hours: 1, When: Condition{Test: HoursBelowPath},
		Why: "The value has to justify the time it takes.", Cite: citeTime}
}

// toolsStep gets a person who rarely uses AI tools using them on real work.
func toolsStep() Step {
	return Step{ID: "ai-tools", Text: "Use one AI tool, such as ChatGPT or Claude, on a real task each day for a week, and note where it helps and where it fails.",
		Kind: Learn, Hours: 4, When: Condition{Test: ToolsRarely},
		Why: "The work of this path runs on AI tools.", Cite: citeTools}
}

// freeMaterialStep plans the learning around a small budget.
func freeMaterialStep() Step {
	return Step{ID: "free-material", Text: "Plan the learning around free and low-cost material (documentation, open courses, public datasets) before paying for a course.",
		Kind: Learn, Hours: 2, When: Condition{Test: BudgetBelow},
		Why: "The education these roles demand is a significant upfront investment.", Cite: citeUpfront}
}

// keepLearningStep is the habit every AI path needs.
func keepLearningStep() Step {
	return Step{ID: "keep-learning", Text: "Keep a regular slot each week for continuous learning: the underlying principles, not only today’s tools.",
		Kind: Habit, Hours: 2,
		Why: "A technique that is cutting-edge today could be obsolete in 18 months.", Cite: citeObsolete}
}

// questionsStep asks the first article's three questions of the idea.
func questionsStep() Step {
	return Step{ID: "three-questions", Text: "Ask the three questions of the idea: a real problem for a specific audience? Value that justifies the time? In line with long-term goals and values?",
		Kind: Review, Hours: 1,
		Why: "The first article’s test before starting any side hustle.", Cite: citeQuestions}
}

// compareStep puts the path beside the best of the other tracks.
func compareStep() Step {
	return Step{ID: "compare", Text: "Compare this path side by side with the best of the other tracks, income month by month included.",
		Kind: Review, Hours: 1, Link: LinkComparison,
		Why: "The paths are not mutually exclusive; the same axes keep the choice honest.", Cite: citeNotOnly}
}

// checkInStep closes the 90 days by taking the self-assessment again. It
// is dated on the last day, whatever the pace.
func checkInStep() Step {
	return Step{ID: "check-in", Text: "Check in: take the self-assessment again with the last answers filled in, and see what changed.",
		Kind: Review, Hours: 1, Link: LinkCheckIn,
		Why: "Which path fits is a matter of self-assessment, repeated as the skills grow.", Cite: citeSelf}
}

// skillStep is learning that applies while a skill's rating is below
// level; from is the level an earlier step already covers.
func skillStep(id, text string, skill catalog.Skill, from, level, hours, perLevel int, cite *catalog.Citation) Step {
	return Step{ID: id, Text: text, Kind: Learn, Hours: hours, HoursPerLevel: perLevel,
		When: Condition{Test: SkillBelow, Skill: skill, Level: level, From: from}, Cite: cite}
}

// sideHustle wraps a side hustle's own steps with the ones every side
// hustle shares: the canvas and the hours budget near the start, the three
// questions, the comparison and the check-in at the end.
func sideHustle(first Step, own ...Step) []Step {
	out := []Step{first, canvasStep(), hoursBudgetStep(), smallOfferStep()}
	out = append(out, own...)
	return append(out, questionsStep(), compareStep(), checkInStep())
}

// fullTime wraps an AI job's own steps with the shared ones: the budget
// and tool steps first, continuous learning, the comparison and the check-in.
func fullTime(own ...Step) []Step {
	out := []Step{freeMaterialStep()}
	out = append(out, own...)
	return append(out, keepLearningStep(), compareStep(), checkInStep())
}
