package questionnaire

import (
	"reflect"
	"testing"
)

func TestUpgradeFromTheEarlierQuestionnaire(t *testing.T) {
	def := Default()
	old := Answers{IncomeGoal: {"6000"}, DayJob: {"switch"}, HustleHours: {"10"}}
	tests := []struct {
		name, from string
		in         Answers
		want       Answers
		upgraded   bool
	}{
		{"a switcher's goal also becomes the job's pay", "q-2026.11", old,
			Answers{IncomeGoal: {"6000"}, JobPayGoal: {"6000"}, DayJob: {"switch"}, HustleHours: {"10"}, Country: {"us"}}, true},
		{"no day job: the same", "q-2026.11", Answers{IncomeGoal: {"3000"}, DayJob: {"none"}},
			Answers{IncomeGoal: {"3000"}, JobPayGoal: {"3000"}, DayJob: {"none"}, Country: {"us"}}, true},
		{"keeping the job: the goal stays the extra only", "q-2026.11", Answers{IncomeGoal: {"800"}, DayJob: {"keep"}},
			Answers{IncomeGoal: {"800"}, DayJob: {"keep"}, Country: {"us"}}, true},
		{"the list of fields is new and stays unanswered, whatever the free text says", "q-2026.12",
			Answers{SkillDomain: {"5"}, DomainName: {"market research"}},
			Answers{SkillDomain: {"5"}, DomainName: {"market research"}, Country: {"us"}}, true},
		{"amounts given in US dollars before the country question work in the United States", "q-2027.01",
			Answers{IncomeGoal: {"800"}, Budget: {"300"}},
			Answers{IncomeGoal: {"800"}, Budget: {"300"}, Country: {"us"}}, true},
		{"the current version is left alone", Version, old, old, false},
		{"an unknown version is left alone", "q-1999.01", old, old, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, upgraded := Upgrade(tt.from, tt.in)
			if upgraded != tt.upgraded || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Upgrade(%s) = %v, %v; want %v, %v", tt.from, got, upgraded, tt.want, tt.upgraded)
			}
		})
	}
	// An old, complete assessment is still complete after the upgrade: the
	// new questions are optional, so nobody is asked to answer again.
	complete := Answers{}
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			if q.Required {
				complete[q.ID] = validFor(q)
			}
		}
	}
	delete(complete, Country) // no earlier questionnaire asked it
	for _, from := range []string{"q-2026.11", "q-2026.12", "q-2027.01"} {
		if got, _ := Upgrade(from, complete); !def.Complete(got) {
			t.Errorf("an old complete assessment (%s) is incomplete after the upgrade at section %d", from, def.FirstIncomplete(got))
		}
	}
	if _, ok := old[JobPayGoal]; ok {
		t.Error("Upgrade changed the answers it was given")
	}
}

func validFor(q Question) []string {
	switch q.Kind {
	case Single, Multi:
		return []string{q.Options[0].Value}
	case Scale:
		return []string{"3"}
	}
	return []string{"10"}
}
