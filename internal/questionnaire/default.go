package questionnaire

// Version of the default questionnaire. Change it whenever a question, an
// option value or a bound changes, so stored answers can be read against the
// definition they were given under.
const Version = "q-2027.02"

// Default returns the questionnaire Crossroads asks: six short pages, one
// topic each. Each call builds fresh values.
func Default() Definition {
	return Definition{
		Version: Version,
		Sections: []Section{
			{
				ID:    "constraints",
				Title: "Your time and money",
				Intro: "Start with what is realistic: the hours and money you can put in, and what you need back.",
				Questions: []Question{
					{ID: Country, Kind: Single, Required: true,
						Prompt: "Where do you work?",
						Help:   "The amounts below are in its currency; it also sets the self-employment contributions we take off.",
						Options: []Option{
							{"us", "United States (US dollars)"},
							{"uk", "United Kingdom (pounds)"},
							{"ca", "Canada (Canadian dollars)"},
							{"au", "Australia (Australian dollars)"},
							{"other", "Somewhere else: I will give amounts in US dollars"},
						}},
					{ID: HustleHours, Kind: Number, Required: true, Min: 0, Max: 60, Unit: "hours",
						Prompt: "How many hours a week could you give to a new path, week in, week out?",
						Help:   "Count only hours you can keep up for months, on top of your job and family."},
					{ID: DayJobHours, Kind: Number, Required: true, Min: 0, Max: 80, Unit: "hours",
						Prompt: "How many hours a week does your day job take?",
						Help:   "Enter 0 if you have no day job right now."},
					{ID: DayJob, Kind: Single, Required: true,
						Prompt: "What do you want to do about your day job?",
						Options: []Option{
							{"keep", "Keep it: this would be on the side"},
							{"switch", "Leave it for the right full-time role"},
							{"unsure", "Not sure yet"},
							{"none", "I don’t have a day job right now"},
						}},
					{ID: IncomeGoal, Kind: Number, Required: true, Min: 0, Max: 100000, InCurrency: true,
						Prompt: "How much extra a month, on top of what you earn now, would make a side path worth it?",
						Help:   "Before tax. Enter 0 if you would do it for the skills alone."},
					{ID: JobPayGoal, Kind: Number, Min: 0, Max: 100000, InCurrency: true,
						Prompt: "If you moved to a new full-time job, how much would it have to pay a month?",
						Help:   "Optional. Before tax. Leave it empty if a new job is not on the table."},
					{ID: TakeHome, Kind: Number, Min: 0, Max: 100000, InCurrency: true,
						Prompt: "What is your take-home pay a month today?",
						Help:   "Optional. After tax; enter 0 if you have no pay now. The comparison sets a job’s salary against it; it changes no score."},
					{ID: Runway, Kind: Number, Required: true, Min: 0, Max: 120, Unit: "months",
						Prompt: "If your income stopped today, how many months could your savings cover?",
						Help:   "A rough figure is fine."},
					{ID: Budget, Kind: Number, Required: true, Min: 0, Max: 100000, InCurrency: true,
						Prompt: "How much could you invest up front in courses, tools or equipment?"},
				},
			},
			{
				ID:    "skills",
				Title: "Your skills today",
				Intro: "Rate where you are now, not where you hope to be.",
				Questions: []Question{
					skill(SkillWriting, "Writing compelling copy: ads, emails, stories"),
					skill(SkillPersuasion, "Understanding what motivates a customer to buy"),
					skill(SkillAnalytics, "Reading and interpreting data, for example from Google Analytics"),
					skill(SkillProgramming, "Programming, for example in Python"),
					skill(SkillMaths, "Statistics and linear algebra"),
					skill(SkillClient, "Client communication and project management"),
					skill(SkillPrompting, "Writing precise prompts that get AI models to the output you want"),
					skill(SkillEthics, "Judging whether a system is fair, unbiased and used responsibly"),
					{ID: SkillDomain, Kind: Scale, Required: true, Min: 1, Max: 5,
						Prompt:   "How deep is your knowledge of one industry or field, outside marketing and AI?",
						Help:     "Years in healthcare, retail, logistics, law, teaching… all count. One of the source articles calls it the real sustainable advantage.",
						LowLabel: "No particular field", HighLabel: "Insider-level expertise"},
					{ID: DomainField, Kind: Single,
						Prompt: "Which field do you know well?",
						Help:   "Optional. Paths whose work is in that field gain when you rate your knowledge of it 4 or 5.",
						Options: []Option{
							{"market-research", "Market research"},
							{"ecommerce", "E-commerce and retail"},
							{"software", "Software"},
							{"health", "Health"},
							{"finance", "Finance"},
							{"education", "Education"},
							{"law", "Law"},
							{"media", "Media and publishing"},
							{"other", "Another field"},
						}},
					{ID: DomainName, Kind: Text, MaxLen: 200, FreeText: true,
						Prompt: "In your own words, which field or niche?",
						Help:   "Optional. It helps you pick a niche later; your own words never change a score."},
				},
			},
			{
				ID:    "work-style",
				Title: "How you like to work",
				Intro: "There are no right answers here: the paths suit different working styles.",
				Questions: []Question{
					scale(StyleContact, "How would you rather spend a working day?",
						"Long stretches of solo, focused work", "Lots of contact with clients"),
					scale(StyleVariety, "Would you rather go deep or keep things varied?",
						"Depth: one hard problem for weeks", "Variety: many clients and tasks"),
					scale(StyleAbstraction, "How comfortable are you with abstraction and complex systems?",
						"I prefer concrete, tangible tasks", "I enjoy abstract, complex systems"),
					scale(StyleResults, "How much do you enjoy work whose business impact you can measure, such as traffic, sales or return on ad spend?",
						"Not much", "A lot"),
					scale(StyleCreative, "How much do you enjoy creative, strategic work: a campaign, a story, a brand voice?",
						"Not much", "A lot"),
				},
			},
			{
				ID:    "goals",
				Title: "What you want",
				Intro: "What should this path give you? Rate how much each one matters.",
				Questions: []Question{
					importance(GoalAutonomy, "Control over your time and what you create"),
					importance(GoalIncome, "Earning as much as possible"),
					importance(GoalLearning, "Learning deep new skills"),
					importance(GoalStability, "A stable, predictable income"),
					{ID: GoalUrgency, Kind: Single, Required: true,
						Prompt: "When do you need the first income from it?",
						Options: []Option{
							{"month", "Within a month"},
							{"quarter", "Within three months"},
							{"year", "Within a year"},
							{"later", "No rush"},
						}},
					{ID: GoalOutcomes, Kind: Multi,
						Prompt: "What would you like this to lead to? Choose any.",
						Options: []Option{
							{"extra-income", "Extra income beside my job"},
							{"career-change", "A new full-time career"},
							{"own-business", "A business or agency of my own"},
							{"skills", "Skills and a network that compound"},
						}},
					{ID: GoalThreeYears, Kind: Text, MaxLen: 500, FreeText: true,
						Prompt: "Where do you want this to have taken you in three years?",
						Help:   "Optional. One of the source articles asks whether a side hustle aligns with your long-term goals and values; this is for you to check that."},
				},
			},
			{
				ID:    "ai",
				Title: "You and AI",
				Intro: "How close to the technology itself do you want to be?",
				Questions: []Question{
					scale(AIFascination, "How fascinated are you by how AI models work inside?",
						"Not at all", "Deeply"),
					scale(AILearningCurve, "Would you take on a steep, academic learning curve (statistics, linear algebra, neural networks) for a higher-paid role?",
						"No", "Yes, gladly"),
					{ID: AITools, Kind: Single, Required: true,
						Prompt: "How often do you use AI tools such as ChatGPT or Claude today?",
						Options: []Option{
							{"never", "Never"},
							{"tried", "I’ve tried them"},
							{"weekly", "Every week"},
							{"daily", "Daily, for real work"},
						}},
				},
			},
			{
				ID:    "risk",
				Title: "Risk and change",
				Intro: "Every path carries some risk; these answers decide which warnings you see.",
				Questions: []Question{
					scale(RiskTolerance, "How comfortable are you with income that swings from month to month?",
						"I need certainty", "Very comfortable"),
					scale(RiskPlatforms, "How comfortable are you depending on platforms and AI tools you don’t control, whose prices and rules can change?",
						"Very uneasy", "Completely fine"),
					{ID: RiskChange, Kind: Single, Required: true,
						Prompt: "If the model or technique you rely on became obsolete in 18 months, what would you do?",
						Help:   "One of the source articles warns that in generative AI this can happen.",
						Options: []Option{
							{"retrain", "Relearn eagerly: that is part of the appeal"},
							{"adapt", "Adapt, though it would be a strain"},
							{"avoid", "I’d rather choose work that changes slowly"},
						}},
				},
			},
		},
	}
}

// skill is a required 1–5 self-rating of one skill.
func skill(id, prompt string) Question {
	return Question{ID: id, Kind: Scale, Required: true, Min: 1, Max: 5, Prompt: prompt,
		LowLabel: "None yet", HighLabel: "I could teach it"}
}

// scale is a required 1–5 question with its own end labels.
func scale(id, prompt, low, high string) Question {
	return Question{ID: id, Kind: Scale, Required: true, Min: 1, Max: 5, Prompt: prompt,
		LowLabel: low, HighLabel: high}
}

// importance is a required 1–5 rating of how much a goal matters.
func importance(id, prompt string) Question {
	return Question{ID: id, Kind: Scale, Required: true, Min: 1, Max: 5, Prompt: prompt,
		LowLabel: "Doesn’t matter", HighLabel: "Essential"}
}
