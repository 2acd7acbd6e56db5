package web

// ScoringDoc is the "How scoring works" page, built from the model's data.
type ScoringDoc struct {
	Version string
	// Articles says which source article is the first and which the second.
	Articles string
	Neutral  string
	Steps    []string
	// Undecided is what someone who answers every question in the middle gets.
	Undecided string

	Barrier ScoringRule
	Skills  ScoringRule
	Factors []ScoringFactor
	Paths   []ScoringPath
	Must    []ScoringMustHave
	// Vetoes and Costs are the model's rules for the firmest answers and for
	// the moderate ones; both are our judgement.
	Vetoes, Costs string
	Fields        ScoringFields
	Scale         ScoringScale
	// Bands are the fit words with the scores each covers, best first.
	Bands    []ScoringBand
	BandsWhy string
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

// ScoringMustHave is one must-have rule: the answer that makes it a veto,
// and the moderate answer that makes it a cost instead.
type ScoringMustHave struct {
	Name, When, Rule, Cost, Why string
	Source                      *SourceRef
}

// ScoringFields is the field match: the rule, and which paths each field
// lifts.
type ScoringFields struct {
	Why  string
	Rows []ScoringField
}

// ScoringField is one field the questionnaire offers, the paths whose work
// is in it (our judgement) and the article's example behind that.
type ScoringField struct {
	Field, Paths, Why string
	// Quote and Source are empty when an earlier field already quoted the
	// same passage.
	Quote  string
	Source *SourceRef
}

// ScoringScale is how a path's sum becomes a 0–100 score.
type ScoringScale struct {
	Text, Why string
}

// ScoringBand is one fit word and the scores it covers: "58–64".
type ScoringBand struct {
	Word, Scores string
}

// ScoringWarning documents one warning rule.
type ScoringWarning struct {
	Title, When, Why string
	Source           *SourceRef
}

// ScoringJudgement is one number of ours. When a section of the page
// already gives its reason, See is that section's anchor and Why is left
// to the section.
type ScoringJudgement struct {
	What, Value, Why string
	See, SeeLabel    string
}
