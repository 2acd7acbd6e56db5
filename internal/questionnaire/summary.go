package questionnaire

// Summaries name each question and page in a few neutral words, for lists
// of answers that someone other than the owner reads: the share view says
// "Hours a week for a new path: 10", never "How many hours … could you give".
var (
	questionSummaries = map[string]string{
		Country:     "Where they work",
		HustleHours: "Hours a week for a new path",
		DayJobHours: "Hours a week of day job",
		DayJob:      "Plan for the day job",
		IncomeGoal:  "Extra a month a side path should bring (before tax)",
		JobPayGoal:  "Monthly pay a new job must reach (before tax)",
		TakeHome:    "Take-home pay a month today",
		Runway:      "Months the savings would cover",
		Budget:      "Budget to invest up front",

		SkillWriting:     "Copywriting: ads, emails, stories",
		SkillPersuasion:  "What motivates a customer to buy",
		SkillAnalytics:   "Reading and interpreting data",
		SkillProgramming: "Programming (for example Python)",
		SkillMaths:       "Statistics and linear algebra",
		SkillClient:      "Client communication and project management",
		SkillPrompting:   "Precise prompts for AI models",
		SkillEthics:      "Judging fairness and bias in a system",
		SkillDomain:      "Knowledge of one field outside marketing and AI",
		DomainField:      "The field known well",
		DomainName:       "That field, in their own words",

		StyleContact:     "Solo focus or client contact",
		StyleVariety:     "Depth or variety",
		StyleAbstraction: "Comfort with abstraction and complex systems",
		StyleResults:     "Enjoys measurable business impact",
		StyleCreative:    "Enjoys creative, strategic work",

		GoalAutonomy:   "Control over time and creative output",
		GoalIncome:     "Earning as much as possible",
		GoalLearning:   "Learning deep new skills",
		GoalStability:  "A stable, predictable income",
		GoalUrgency:    "When the first income is needed",
		GoalOutcomes:   "What it should lead to",
		GoalThreeYears: "Where it should lead in three years",

		AIFascination:   "Fascination with how AI models work",
		AILearningCurve: "Willing to take on a steep, academic learning curve",
		AITools:         "Use of AI tools today",

		RiskTolerance: "Comfort with income that swings",
		RiskPlatforms: "Comfort depending on platforms and AI tools owned by others",
		RiskChange:    "If a relied-on technique became obsolete",
	}
	sectionSummaries = map[string]string{
		"constraints": "Time and money",
		"skills":      "Skills today",
		"work-style":  "Ways of working",
		"goals":       "Goals",
		"ai":          "AI",
		"risk":        "Risk and change",
	}
)

// Summary is the question in a few neutral words; the prompt when it has none.
func (q Question) Summary() string {
	if s, ok := questionSummaries[q.ID]; ok {
		return s
	}
	return q.Prompt
}

// Summary is the page's title in neutral words; the title when it has none.
func (s Section) Summary() string {
	if t, ok := sectionSummaries[s.ID]; ok {
		return t
	}
	return s.Title
}
