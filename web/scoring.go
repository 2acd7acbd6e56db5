package web

// ScoringDoc is the "How scoring works" page, built from the model's data.
type ScoringDoc struct {
	Version string
	Neutral string
	Steps   []string
	// Undecided is what someone who answers every question in the middle gets.
	Undecided string

	Barrier  ScoringRule
	Skills   ScoringRule
	Factors  []ScoringFactor
	Paths    []ScoringPath
	Must     []ScoringMustHave
	Clash    string
	Close    string
	Warnings []ScoringWarning
	// Judgements are every number of ours, with the reason for it.
	Judgements []ScoringJudgement
	Unscored   []AnswerLine
}

// ScoringRule is one rule in words, with the article passage it rests on.
type ScoringRule struct {
	Text   string
	Quote  string
	Source *SourceRef
}

// ScoringFactor is one scored answer and what it is weighed against.
type ScoringFactor struct {
	Question  string // the question as the questionnaire asks it
	Option    string // for one option of a multiple choice
	Against   string // the path's side, in words
	Points    string // "±6"
	Undecided string // the answer that changes nothing
	Why       string // our judgement
	Quote     string // what the article says, "" when it says nothing
	Source    *SourceRef
}

// ScoringPath is our reading of one path: what the model weighs answers against.
type ScoringPath struct {
	Name, Track    string
	Skills         string // "writing 4, client communication 4, …"
	Lean, LeanWhy  string
	Hours, Earning string
	Leads, ToolUse string
	Clashes        string // the must-haves it can break
}

// ScoringMustHave is one must-have rule.
type ScoringMustHave struct {
	Name, When, Rule, Why string
	Source                *SourceRef
}

// ScoringWarning documents one warning rule.
type ScoringWarning struct {
	Title, When, Why string
	Source           *SourceRef
}

// ScoringJudgement is one number of ours.
type ScoringJudgement struct {
	What, Value, Why string
}
