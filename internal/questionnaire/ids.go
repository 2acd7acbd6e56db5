package questionnaire

// Question IDs of the default questionnaire. Every package that reads an
// answer names it through these, so a typo is a compile error instead of a
// question that silently counts as unanswered.
const (
	// Your time and money.
	HustleHours = "hustle-hours"
	DayJobHours = "dayjob-hours"
	DayJob      = "day-job"
	// IncomeGoal is the extra a month a side path should bring; from
	// questionnaire q-2026.12 on it no longer also means a new job's pay,
	// which JobPayGoal asks for.
	IncomeGoal = "income-goal"
	JobPayGoal = "job-pay-goal"
	TakeHome   = "take-home"
	Runway     = "runway"
	Budget     = "budget"
	// Country is where the person works (money.Country): the currency of
	// their answers and the self-employment contributions that apply.
	Country = "country"

	// Your skills today.
	SkillWriting     = "skill-writing"
	SkillPersuasion  = "skill-persuasion"
	SkillAnalytics   = "skill-analytics"
	SkillProgramming = "skill-programming"
	SkillMaths       = "skill-maths"
	SkillClient      = "skill-client"
	SkillPrompting   = "skill-prompting"
	SkillEthics      = "skill-ethics"
	SkillDomain      = "skill-domain"
	// DomainField is the field chosen from a list (questionnaire q-2027.01
	// on); DomainName is the same field in the person's own words.
	DomainField = "domain-field"
	DomainName  = "domain-name"

	// How you like to work.
	StyleContact     = "style-contact"
	StyleVariety     = "style-variety"
	StyleAbstraction = "style-abstraction"
	StyleResults     = "style-results"
	StyleCreative    = "style-creative"

	// What you want.
	GoalAutonomy   = "goal-autonomy"
	GoalIncome     = "goal-income"
	GoalLearning   = "goal-learning"
	GoalStability  = "goal-stability"
	GoalUrgency    = "goal-urgency"
	GoalOutcomes   = "goal-outcomes"
	GoalThreeYears = "goal-three-years"

	// You and AI.
	AIFascination   = "ai-fascination"
	AILearningCurve = "ai-learning-curve"
	AITools         = "ai-tools"

	// Risk and change.
	RiskTolerance = "risk-tolerance"
	RiskPlatforms = "risk-platforms"
	RiskChange    = "risk-change"
)
