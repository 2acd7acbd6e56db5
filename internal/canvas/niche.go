package canvas

import (
	"strings"
	"unicode"
)

// The word lists behind the niche heuristic described in the package doc.
// They are short on purpose: the two-distinct-words rule catches most
// specific niches, so the lists only need single words that are enough alone.
var (
	stopWords = wordSet(`a an the and or of for to with who that which whose on at by as is are
		my our their your his her its i we they them us than more less most under over up
		between into e.g eg etc like such want wants looking trying help helping need needs`)

	placeWords = wordSet(`in near around across within from based`)

	genericWords = wordSet(`people person persons everyone everybody anyone anybody someone somebody
		all any every many most some other others various different
		business businesses company companies firm firms organisation organisations
		organization organizations enterprise enterprises corporation corporations
		small medium large big huge tiny mid-size mid-sized smb smbs sme smes
		customer customers client clients user users consumer consumers buyer buyers
		seller sellers individual individuals owner owners brand brands member members
		follower followers subscriber subscribers reader readers viewer viewers
		worker workers employee employees professional professionals team teams
		startup startups start-up start-ups entrepreneur entrepreneurs freelancer freelancers
		store stores shop shops service services industry industries sector sectors
		online offline local global worldwide general public market markets audience
		world area region city town country place places home work
		stuff thing things anything everything something kind kinds type types size sizes
		new growing modern busy ai digital tech technology`)

	// qualifierWords name a role, industry, platform or size on their own.
	qualifierWords = wordSet(`e-commerce ecommerce saas b2b b2c d2c dtc
		dental dentist medical healthcare clinic clinics pharmacy pharmacies veterinary vet vets
		legal law accounting bookkeeping insurance fintech finance
		restaurant restaurants cafe cafes café cafés bakery bakeries bar bars hotel hotels
		hospitality salon salons spa spas gym gyms fitness yoga
		real-estate property construction manufacturing logistics agriculture farm farms
		retail wedding weddings nonprofit nonprofits non-profit non-profits charity charities
		church churches school schools university universities education
		agency agencies shopify etsy amazon ebay wordpress
		parents moms mums dads students nurses coaches chefs nannies retirees veterans teens
		solo solopreneur solopreneurs one-person single-location family-run`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nicheWords splits a niche into lower-case words, keeping hyphenated words
// ("e-commerce") whole.
func nicheWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// roleLike reports whether a word ends like a role noun ("bookkeepers",
// "realtors", "dentists", "physicians"). Short words are skipped so that
// "ers" fragments and words like "for" never count.
func roleLike(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suffix := range []string{"ers", "ors", "ists", "ians", "ist", "ian"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// nicheSpecific applies the heuristic in the package doc: a number, a role or
// industry word, a place after a place preposition, or two distinct
// non-generic words.
func nicheSpecific(niche string) bool {
	distinct := map[string]bool{}
	// afterPlace is set by a place preposition and cleared by the next word
	// that is not a stop word, so "in the Algarve" names a place and
	// "in my area" does not.
	afterPlace := false
	for _, w := range nicheWords(niche) {
		if strings.ContainsFunc(w, unicode.IsDigit) {
			return true
		}
		w = strings.Trim(w, "-")
		switch {
		case placeWords[w]:
			afterPlace = true
			continue
		case len([]rune(w)) < 2 || stopWords[w]:
			continue
		case genericWords[w]:
			afterPlace = false
			continue
		case qualifierWords[w] || roleLike(w) || afterPlace:
			return true
		}
		distinct[w] = true
	}
	return len(distinct) >= 2
}
