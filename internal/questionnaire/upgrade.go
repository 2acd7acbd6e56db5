package questionnaire

// Upgrade reads answers given under an earlier version of the default
// questionnaire as answers to the current one, so an old assessment can be
// shown, changed and scored again without asking anything twice. It returns
// the answers unchanged (and false) when from is the current version or one
// it does not know. Each step below runs in turn from the version given.
//
// q-2026.11 → q-2026.12: the monthly income goal meant "the extra you want"
// for a side hustle but "your whole monthly pay" for a new job. It now means
// the extra only; the pay a new job must reach is a question of its own. For
// someone who wanted to leave their job (or had none) the old goal most
// likely meant a job's pay, so it is carried over to that question too;
// everyone keeps it as the extra. Take-home pay is new and stays unanswered.
//
// q-2026.12 → q-2027.01: the field a person knows well is also offered as
// a choice from a list. It is optional and stays unanswered: the free text
// they typed is never read as a choice (free text never changes a score).
//
// q-2027.01 → q-2027.02: amounts are given in the currency of the country
// the person works in, a new question. Every earlier questionnaire asked
// for US dollars, so earlier answers work in the United States: that keeps
// their amounts' meaning, and the person can change it.
func Upgrade(from string, a Answers) (Answers, bool) {
	out := a.Clone()
	switch from {
	case "q-2026.11":
		// Never over an answer already given: answers upgraded once may
		// be upgraded again when read against the result's old version.
		if goal := a.Get(IncomeGoal); goal != "" && a.Get(JobPayGoal) == "" {
			switch a.Get(DayJob) {
			case "switch", "none":
				out[JobPayGoal] = []string{goal}
			}
		}
		fallthrough
	case "q-2026.12", "q-2027.01":
		if out.Get(Country) == "" {
			out[Country] = []string{"us"}
		}
		return out, true
	}
	return a, false
}
