package canvas

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Severity says how strongly a finding asks for attention.
type Severity string

// Finding severities.
const (
	Warn Severity = "warn" // a gap that undermines the idea as written
	Info Severity = "info" // a gap worth closing before spending money or weeks
)

// Finding is one piece of concrete advice about one box of the canvas.
type Finding struct {
	Rule     string   `json:"rule"` // a Rule.ID
	Box      string   `json:"box"`  // e.g. "niche", "pains.1", "dependencies.0", "questions.real-problem"
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// Report is the result of the self-check.
type Report struct {
	Findings  []Finding `json:"findings"`
	Readiness int       `json:"readiness"` // 0–100, the sum of Breakdown
	Breakdown []Item    `json:"breakdown"`
	Riskiest  *Risk     `json:"riskiest,omitempty"` // nil when there is no untested pain or dependency
}

// Check runs the self-check on c. freeHours is the weekly free time from a
// linked assessment; a negative value means no assessment is linked. Check
// never fails: values that Validate would refuse are read in the most
// cautious way (unknown evidence is an assumption, an unknown answer is
// unanswered, a severity above 5 counts as 5 and one below 1 as not set).
func Check(c Canvas, freeHours int) Report {
	var fs findings
	fs.niche(c.Niche)
	fs.pains(c.Pains)
	fs.alternatives(c.Alternatives)
	fs.value(c.ValueGet, c.ValueGive, c.Price)
	fs.box(c.Advantage, ruleAdvantageMissing, "advantage", Warn,
		"Name the domain expertise behind the idea: an industry worked in, a job known from the inside, clients who already trust its owner. In the first article’s words: “"+basisAdvantage+"”")
	fs.box(c.Channels, ruleChannelsMissing, "channels", Warn,
		"Name where the first customers will be reached: a community they gather in, a personal network, a newsletter, a marketplace, direct outreach. An idea nobody hears about earns nothing.")
	fs.dependencies(c.Dependencies)
	fs.box(c.Commoditisation, ruleCommoditisation, "commoditisation", Warn,
		"What stops anyone with a chatbot copying it? Name what is hard to copy: domain knowledge, data, relationships in the niche. The first article warns: “"+basisCommodity+"”")
	fs.hours(c.HoursPerWeek, freeHours)
	fs.question(ruleRealProblem, "questions.real-problem", questionRealProblem, c.RealProblem, c.RealProblemWhy,
		"Rework the niche or the pain point until the answer is yes; a side hustle without a real problem has nothing to sell.")
	fs.question(ruleJustifiesTime, "questions.justifies-time", questionJustifiesTime, c.JustifiesTime, c.JustifiesTimeWhy,
		"Raise the price, narrow the offer or cut the hours until the answer is yes; otherwise the time is better spent elsewhere.")
	fs.question(ruleAligned, "questions.aligned", questionAligned, c.Aligned, c.AlignedWhy,
		"Pick an idea that builds skills, networks and opportunities that compound over time, as the first article puts it, or treat this one as a short experiment.")

	breakdown := readiness(c)
	total := 0
	for _, it := range breakdown {
		total += it.Points
	}
	return Report{Findings: fs.list, Readiness: total, Breakdown: breakdown, Riskiest: riskiest(c)}
}

// findings collects findings in canvas order.
type findings struct{ list []Finding }

func (fs *findings) add(rule, box string, sev Severity, msg string) {
	fs.list = append(fs.list, Finding{Rule: rule, Box: box, Severity: sev, Message: msg})
}

// box adds a finding when a free-text box is empty.
func (fs *findings) box(s, rule, box string, sev Severity, msg string) {
	if isEmpty(s) {
		fs.add(rule, box, sev, msg)
	}
}

func (fs *findings) niche(niche string) {
	switch {
	case isEmpty(niche):
		fs.add(ruleNicheMissing, "niche", Warn,
			"Name the customer: an industry, a role, a size or a place. The first article’s successful side hustles “start with a specific niche”, such as small e-commerce stores; the second article’s example is SEO for local dentist offices.")
	case !nicheSpecific(niche):
		fs.add(ruleNicheVague, "niche", Warn,
			"This niche could mean anyone. Add an industry, a role, a size or a place, such as “small e-commerce stores” (first article) or “local dentist offices” (second article).")
	}
}

func (fs *findings) pains(pains []PainPoint) {
	listed, observed := 0, 0
	for i, p := range pains {
		if p.Blank() {
			continue
		}
		listed++
		if p.Evidence.level() > 0 {
			observed++
		}
		box := "pains." + strconv.Itoa(i)
		n := i + 1
		if isEmpty(p.What) {
			fs.add(rulePainWhat, box, Warn, fmt.Sprintf(
				"Describe pain point %d in the customer’s words: what goes wrong, and what it costs them.", n))
		}
		if isEmpty(p.HowOften) {
			fs.add(rulePainFrequency, box, Warn, fmt.Sprintf(
				"Say how often pain point %d happens: every day, every month-end, at each new hire. A pain that rarely happens is hard to sell a fix for.", n))
		}
		if p.severity() == 0 {
			fs.add(rulePainSeverity, box, Warn, fmt.Sprintf(
				"Rate how badly pain point %d hurts, from 1 (mild) to 5 (severe). A severe pain is easier to sell a fix for than a mild one.", n))
		}
	}
	switch {
	case listed == 0:
		fs.add(rulePainsMissing, "pains", Warn,
			"List at least one pain point of this niche. The first article starts from the user’s pain, not from the tool: “"+basisPains+"”")
	case observed == 0:
		fs.add(ruleEvidenceNone, "pains", Info,
			"Every pain point is still an assumption. Before building, ask people in the niche how they deal with it today, and mark what they say as observed.")
	}
}

func (fs *findings) alternatives(s string) {
	fs.box(s, ruleAlternativesMissing, "alternatives", Info,
		"Write what the niche does about this today: a spreadsheet, an agency, an employee, a generic tool, or nothing. The offer has to beat that, and “nothing” may mean the pain is mild.")
}

func (fs *findings) value(get, give, price string) {
	switch {
	case isEmpty(get) && isEmpty(give):
		fs.add(ruleValueMissing, "value", Warn,
			"Write what the customer gets and what they give (money, time, data, attention). The first article’s test: “"+basisValue+"”")
	case isEmpty(get):
		fs.add(ruleValueMissing, "value", Warn,
			"Write what the customer gets: the result, not the tool. The first article’s test: “"+basisValue+"”")
	case isEmpty(give):
		fs.add(ruleValueMissing, "value", Warn,
			"Write what the customer gives: money, time, data, attention. Only then can the canvas show they get more than they give.")
	}
	switch {
	case isEmpty(price):
		fs.add(ruleValuePrice, "value", Warn,
			"Put a price on it: per hour, per month or per project. Without a price there is no way to check the value exchange or the time it takes.")
	case !hasDigit(get + give + price):
		fs.add(ruleValueNumber, "value", Warn,
			"Add a number to the value exchange: the price as an amount, hours saved, or a result the customer can measure.")
	}
}

func (fs *findings) dependencies(deps []Dependency) {
	listed := 0
	for _, d := range deps {
		if !d.Blank() {
			listed++
		}
	}
	if listed == 0 {
		fs.add(ruleDependenciesMissing, "dependencies", Info,
			"List the platforms this idea runs on: the AI model or API, the marketplace, the social network, the ad or email platform. Each one can change its prices or rules without asking anyone.")
		return
	}
	for i, d := range deps {
		if d.Blank() || !isEmpty(d.Mitigation) {
			continue
		}
		box := "dependencies." + strconv.Itoa(i)
		if listed == 1 {
			fs.add(ruleRentedLand, box, Warn,
				"The whole idea rests on this one platform and there is no plan B. The first article calls this “building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.” Add a mitigation: a second provider, a customer list of one’s own, a way to work without it.")
			continue
		}
		fs.add(ruleDependencyUnmitigated, box, Warn, fmt.Sprintf(
			"Add a plan B for dependency %d: what happens if it raises prices, changes its rules or closes its API tomorrow? Without one this part is built on rented land.", i+1))
	}
}

func (fs *findings) hours(need, free int) {
	switch {
	case need <= 0:
		fs.add(ruleHoursMissing, "hours", Info,
			"Estimate the hours per week this idea needs (delivery, sales and admin), so it can be checked against the free time available.")
	case free >= 0 && need > free:
		fs.add(ruleHoursOverBudget, "hours", Warn, fmt.Sprintf(
			"This idea needs %d hours a week but the linked assessment has %d free. Cut the scope or find the hours first: the first article tells of a product manager whose side hustle covered her mortgage payments within three months, and then “%s”",
			need, free, quoteOverwork))
	}
}

func (fs *findings) question(rule, box, q string, a Answer, why, fix string) {
	switch a {
	case Yes:
		if isEmpty(why) {
			fs.add(rule, box, Info, "The answer to “"+q+"” is yes. Add one sentence on why, so someone reading the share link can check it.")
		}
	case No:
		fs.add(rule, box, Warn, "The answer to “"+q+"” is no. "+fix)
	case Unsure:
		fs.add(rule, box, Info, "The answer to “"+q+"” is still unsure. Write down what would make it a yes, and test that first.")
	default:
		fs.add(rule, box, Info, "Answer “"+q+"” The first article asks it before anyone jumps on the AI side hustle bandwagon.")
	}
}

func isEmpty(s string) bool { return strings.TrimSpace(s) == "" }

func hasDigit(s string) bool { return strings.ContainsFunc(s, unicode.IsDigit) }
