package canvas

// Question is one of the first article's three questions and where its
// answer lives, so pages can render the questions in the article's order
// without repeating the wording.
type Question struct {
	// Key is the Validate key of the answer; the reason's key is Key + "_why".
	Key string
	// Box is the Finding.Box of the question's findings.
	Box  string
	Text string
}

// Questions returns the three questions in the order the article asks them.
func Questions() []Question {
	return []Question{
		{Key: "real_problem", Box: "questions.real-problem", Text: questionRealProblem},
		{Key: "justifies_time", Box: "questions.justifies-time", Text: questionJustifiesTime},
		{Key: "aligned", Box: "questions.aligned", Text: questionAligned},
	}
}

// Answer returns the answer and reason c holds for the question with key,
// and false for an unknown key.
func (c Canvas) Answer(key string) (Answer, string, bool) {
	switch key {
	case "real_problem":
		return c.RealProblem, c.RealProblemWhy, true
	case "justifies_time":
		return c.JustifiesTime, c.JustifiesTimeWhy, true
	case "aligned":
		return c.Aligned, c.AlignedWhy, true
	}
	return "", "", false
}
