package catalog

import "slices"

// Field is an industry or field a person can name as the one they know
// well. The values are the options of the questionnaire's "Which field do
// you know well?" choice (a scoring test ties the two together).
type Field string

// The fields a person can choose.
const (
	FieldMarketResearch Field = "market-research"
	FieldECommerce      Field = "ecommerce"
	FieldSoftware       Field = "software"
	FieldHealth         Field = "health"
	FieldFinance        Field = "finance"
	FieldEducation      Field = "education"
	FieldLaw            Field = "law"
	FieldMedia          Field = "media"
	FieldOther          Field = "other"
)

// Fields returns every field in questionnaire order.
func Fields() []Field {
	return []Field{FieldMarketResearch, FieldECommerce, FieldSoftware, FieldHealth, FieldFinance,
		FieldEducation, FieldLaw, FieldMedia, FieldOther}
}

// FieldMatch names the paths whose work is in one field: someone who knows
// that field deeply brings the domain expertise those paths sell. Which
// paths belong to a field is our judgement; Cite is the articles' example
// that the judgement rests on.
type FieldMatch struct {
	Field Field
	Paths []string
	Why   string
	Cite  *Citation
}

// FieldMatches returns the field-to-path data, in questionnaire order. A
// field with no paths ("other") matches none.
func FieldMatches() []FieldMatch {
	opening := sh(SectionOpening, "Think freelance AI consulting, building AI-powered SaaS products, creating content with AI assistance, or even training custom models for specific business needs.")
	return []FieldMatch{
		{FieldMarketResearch, []string{"ai-market-research", "ai-consulting"},
			"Sarah, a product manager, turned her knowledge into AI-powered market research; consulting sells the same knowledge as advice.",
			sh(SectionSarah, "She started offering AI-powered market research services on the side using tools like ChatGPT and Claude.")},
		{FieldECommerce, []string{"ai-micro-saas", "ai-copywriting"},
			"The first article's developer built an AI tool for small e-commerce stores' product descriptions: a product for the niche, or the descriptions written as a service.",
			sh(SectionPattern, "One developer I know built a custom AI tool that helps small e-commerce stores optimize their product descriptions")},
		{FieldSoftware, []string{"ai-micro-saas", "custom-chatbots", "custom-models"},
			"Building AI-powered SaaS products and training custom models are software work first.",
			opening},
		{FieldHealth, []string{"ai-consulting", "custom-models"},
			"Advice and models for one business's specific needs, where knowing the field is the advantage.",
			opening},
		{FieldFinance, []string{"ai-consulting", "custom-models", "ai-market-research"},
			"Advice, custom models and research for businesses in the field.",
			opening},
		{FieldEducation, []string{"ai-content-creation", "ai-consulting"},
			"Creating content with AI assistance, or advising schools and trainers, in a field one knows.",
			opening},
		{FieldLaw, []string{"ai-consulting", "ai-ethics-specialist"},
			"Advising firms in the field; judging whether AI is fair and used responsibly draws on legal and policy knowledge.",
			mva(SectionRise, "AI Ethics Specialists are needed to navigate the complex moral and societal implications of AI, ensuring models are fair, unbiased, and used responsibly.")},
		{FieldMedia, []string{"ai-content-creation", "ai-copywriting", "copywriting"},
			"Creating content, with or without AI assistance, is the work of media and publishing.",
			opening},
		{FieldOther, nil, "No path is tied to a field we do not list; the domain-expertise rating still counts wherever a path needs it.", nil},
	}
}

// fieldsOf lists the fields whose work includes path id.
func fieldsOf(id string) []Field {
	var out []Field
	for _, m := range FieldMatches() {
		if slices.Contains(m.Paths, id) {
			out = append(out, m.Field)
		}
	}
	return out
}
