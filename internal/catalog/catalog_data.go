package catalog

// The catalog's data. Each track has defaults for the axes the sources
// describe at track level; a path sets a field only where the sources say
// something specific about it. Every quote is verbatim from the stored
// articles (catalog_test.go checks that against the files).

// paths returns the catalog in display order.
func paths() []Path {
	return []Path{
		// Digital-marketing side hustles.
		marketing(Path{
			ID:      "social-media-management",
			Name:    "Freelance social media management",
			Summary: "Run social media for small businesses: plan a content calendar, write engaging captions and run targeted ad campaigns. It starts with little more than time and a laptop, and every client sees measurable results.",
			Skills:  []SkillNeed{{Writing, 4}, {Client, 4}, {Persuasion, 3}, {Analytics, 2}},
			PlatformDependency: Rated{3,
				"The work runs through social platforms and their analytics, which nobody outside them controls. The sources discuss platform risk (“rented land”) only for AI side hustles.",
				mva(SectionSkills, "analytical skills to interpret data from platforms like Google Analytics and Facebook Insights")},
			Plan: Plan{
				Days7: []string{
					"Pick one specific niche (one kind of small business) and write down its most pressing social media pain points.",
					"Draft a sample content calendar and a week of captions for one business in that niche.",
				},
				Days30: []string{
					"Offer to run one small business’s accounts and a targeted ad campaign, and agree up front which numbers the reports will show.",
					"Set a weekly hours budget that fits beside the day job, and keep to it.",
				},
				Days90: []string{
					"Turn the first measurable results into a case study for the portfolio.",
					"Use AI tools for ideas and first drafts, and keep strategy and brand voice in human hands.",
				},
			},
		}),
		marketing(Path{
			ID:      "seo-consulting",
			Name:    "SEO consulting",
			Summary: "Analyse a client’s website, research keywords and implement technical and on-page fixes that lift organic search rankings. The results are measurable (more traffic), which makes rates easier to justify.",
			Skills:  []SkillNeed{{Analytics, 5}, {Client, 3}, {Writing, 2}, {Programming, 2}},
			LearningCurve: Rated{3,
				"More technical than most entry-level marketing (keyword research, technical and on-page fixes), but still gentler than the technical side of generative AI.",
				mva(SectionLandscape, "you analyze a client’s website, conduct keyword research, and implement technical and on-page strategies to improve their organic search rankings")},
			PlatformDependency: Rated{3,
				"Results are judged by a search engine’s organic rankings, which no consultant controls. The sources don’t discuss this dependency directly.",
				mva(SectionLandscape, "implement technical and on-page strategies to improve their organic search rankings")},
			Income: Income{
				Known: true, Low: 50, High: 150, OpenEnded: true, Unit: PerHour,
				Note: "A freelance SEO specialist might start at $50 an hour and scale to $150+ an hour, or to retainers of $3,000–$5,000 a month per client, as they build a track record of success.",
				Cite: mva(SectionIncome, "A freelance SEO specialist might start at $50 per hour but can scale to $150+ per hour or retainer fees of $3,000-$5,000 per month per client as they build a track record of success."),
			},
			Plan: Plan{
				Days7: []string{
					"Choose a niche narrow enough to own; the article’s example is SEO for local dentist offices.",
					"Audit one real website in that niche: keyword research plus technical and on-page issues.",
				},
				Days30: []string{
					"Take on a first project and record organic traffic before and after the changes.",
					"Price from the published starting point: around $50 an hour.",
				},
				Days90: []string{
					"Turn the traffic change into a case study and raise the rate as the track record grows.",
					"Offer a monthly retainer once there are results to show; the article cites $3,000–$5,000 a month per client for established specialists.",
				},
			},
		}),
		marketing(Path{
			ID:      "email-marketing",
			Name:    "Email marketing",
			Summary: "Build automated sequences, newsletters and lead magnets that nurture an audience and drive sales, for businesses that have a list but no time to work it.",
			Skills:  []SkillNeed{{Writing, 4}, {Persuasion, 4}, {Analytics, 3}},
			PlatformDependency: Rated{2,
				"Built on sequences, newsletters and lead magnets the client owns. The sources don’t discuss platform risk for email.",
				mva(SectionLandscape, "Email marketing is another powerhouse, involving the creation of automated sequences, newsletters, and lead magnets to nurture an audience and drive sales.")},
			Plan: Plan{
				Days7: []string{
					"Pick a specific niche and write down what its customers struggle with before they buy.",
					"Write a sample welcome sequence and one lead magnet for a business in that niche.",
				},
				Days30: []string{
					"Set up an automated sequence for a first client and agree which numbers (opens, clicks, sales) the reports will show.",
				},
				Days90: []string{
					"Turn the results into a case study with measurable outcomes for the portfolio.",
					"Use AI tools for first drafts and personalisation, keeping the brand voice human.",
				},
			},
		}),
		marketing(Path{
			ID:      "paid-ads",
			Name:    "Paid ads management",
			Summary: "Plan and run targeted ad campaigns for small businesses and report the return on ad spend. The numbers are the product: they show the client exactly what the work earned.",
			Skills:  []SkillNeed{{Analytics, 4}, {Persuasion, 4}, {Writing, 2}, {Client, 2}},
			PlatformDependency: Rated{4,
				"Campaigns run inside ad platforms such as Facebook’s and are judged by return on ad spend. The sources don’t discuss the dependency itself.",
				mva(SectionLandscape, "your Facebook ad campaign generated a 300% return on ad spend")},
			Plan: Plan{
				Days7: []string{
					"Pick one niche and learn what its customers respond to; write a few ad angles for one business.",
					"Learn to read campaign data in the ad platform’s own analytics.",
				},
				Days30: []string{
					"Run a small first campaign for one client with an agreed budget, and report return on ad spend.",
				},
				Days90: []string{
					"Build a portfolio of campaigns with measured return on ad spend to justify the rates.",
					"Keep the hours to a budget the day job can carry.",
				},
			},
		}),
		marketing(Path{
			ID:      "copywriting",
			Name:    "Copywriting",
			Summary: "Write compelling ads, emails and web pages that move customers to buy. It rests on storytelling and an understanding of what motivates a customer.",
			Skills:  []SkillNeed{{Writing, 5}, {Persuasion, 5}, {Client, 2}},
			PlatformDependency: Rated{1,
				"The sources are silent on platform dependency for copywriting; it needs no particular platform.",
				nil},
			Commoditisation: Rated{4,
				"Marketers already use AI to create first drafts of copy, so plain drafting is the most exposed part; strategy, brand voice and emotional connection stay hard for AI to replicate.",
				mva(SectionFuture, "Marketers are using AI to generate blog post ideas, create first drafts of copy, analyze data trends, and personalize customer interactions.")},
			FutureProofing: Rated{3,
				"Drafting is being automated; the human elements (strategy, brand voice, emotional connection) are what stay valuable.",
				mva(SectionFuture, "The human elements of strategy, brand voice, and emotional connection remain difficult for AI to fully replicate.")},
			Risks: []Risk{RiskCommoditisation, RiskBurnout},
			Plan: Plan{
				Days7: []string{
					"Pick a specific audience and collect the words its customers use about their problems.",
					"Write sample pieces (an ad, an email, a landing page) for one business in that niche.",
				},
				Days30: []string{
					"Land a first client and agree a measurable goal for the copy, such as sign-ups or sales.",
				},
				Days90: []string{
					"Build a portfolio that shows results, not just samples.",
					"Use AI for first drafts and spend the time saved on strategy, brand voice and persuasion, the parts AI replicates poorly.",
				},
			},
		}),

		// Generative-AI jobs.
		aiJob(Path{
			ID:      "prompt-engineer",
			Name:    "Prompt engineer",
			Summary: "Craft precise text prompts that guide models such as ChatGPT or Midjourney to the output a team needs. A role that did not exist a few years ago; it needs almost linguistic precision and creative problem-solving, and Python is often expected.",
			Skills:  []SkillNeed{{Prompting, 5}, {Writing, 4}, {Programming, 3}},
			LearningCurve: Rated{3,
				"Less mathematical than model development, but it needs almost linguistic precision, and Python is often a baseline requirement for AI roles.",
				mva(SectionSkills, "you need a almost linguistic precision to communicate with an AI effectively")},
			TimeToFirstIncome: Rated{4,
				"The entry-level bar for technical AI roles is higher; the sources give no timeline.",
				mva(SectionIncome, "For generative AI jobs, the entry-level bar for technical roles is higher, and so are the starting salaries.")},
			FutureProofing: Rated{2,
				"Tool-centric roles may evolve rapidly; the core AI and machine learning skills are the ones likely to stay valuable.",
				mva(SectionIncome, "The risk is that specific tool-centric roles may evolve rapidly, but the core AI and machine learning skills are likely to remain valuable.")},
			PlatformDependency: Rated{4,
				"The role centres on guiding specific models such as ChatGPT or Midjourney, which their makers control.",
				mva(SectionRise, "this professional specializes in crafting precise text prompts to guide AI models like ChatGPT or Midjourney to produce the desired output")},
			Commoditisation: Rated{4,
				"A role defined by today’s tools: the sources warn that tool-centric roles may evolve rapidly.",
				mva(SectionIncome, "The risk is that specific tool-centric roles may evolve rapidly, but the core AI and machine learning skills are likely to remain valuable.")},
			Income: Income{
				Known: true, Low: 175000, High: 300000, Unit: PerYear,
				Note: "According to industry reports the article cites, prompt engineers can earn between $175,000 and $300,000 per year.",
				Cite: mva(SectionIncome, "prompt engineers can earn between $175,000 and $300,000 per year, while AI research scientists and machine learning engineers command even higher compensation"),
			},
			Plan: Plan{
				Days7: []string{
					"Pick one model and one real task; write, test and refine prompts, keeping before-and-after outputs.",
					"Start learning Python; the article calls it often a baseline requirement for AI roles.",
				},
				Days30: []string{
					"Build a small portfolio of prompt work that shows a measurable gain in efficiency or quality on real tasks.",
				},
				Days90: []string{
					"Apply for prompt-engineering roles with that portfolio.",
					"Learn the underlying principles of AI, not just today’s tools: tool-centric roles may evolve rapidly.",
				},
			},
		}),
		aiJob(Path{
			ID:      "ai-ethics-specialist",
			Name:    "AI ethics specialist",
			Summary: "Navigate the moral and societal implications of AI, making sure models are fair, unbiased and used responsibly. The role sits inside companies, labs and startups that build or deploy AI.",
			Skills:  []SkillNeed{{Ethics, 5}, {Writing, 3}, {Programming, 2}, {Maths, 2}},
			LearningCurve: Rated{4,
				"Generative AI positions require a deeper technical foundation than marketing work; the sources give no ethics-specific curriculum.",
				mva(SectionRise, "These positions require a deeper technical foundation.")},
			TimeToFirstIncome: Rated{4,
				"The entry-level bar for technical AI roles is higher; the sources give no timeline.",
				mva(SectionIncome, "For generative AI jobs, the entry-level bar for technical roles is higher, and so are the starting salaries.")},
			FutureProofing: Rated{3,
				"The sources don’t rate this role’s future; like every AI job it depends on continuous learning in a field that moves fast.",
				mva(SectionFuture, "The field is moving so fast that a model or technique that is cutting-edge today could be obsolete in 18 months.")},
			Commoditisation: Rated{2,
				"The sources don’t discuss commoditisation for this role; they present it as a need that comes with AI’s moral and societal implications.",
				mva(SectionRise, "AI Ethics Specialists are needed to navigate the complex moral and societal implications of AI, ensuring models are fair, unbiased, and used responsibly.")},
			Income: Income{Note: "The sources give no figure for this path."},
			Plan: Plan{
				Days7: []string{
					"Collect cases of unfair or biased AI output in a familiar field, and write down what went wrong.",
					"Start learning Python and basic statistics to test a model’s outputs first-hand.",
				},
				Days30: []string{
					"Review one AI system’s fairness and bias risks in writing, as a portfolio piece.",
				},
				Days90: []string{
					"Apply for roles in tech companies, research labs and startups that build or deploy AI.",
					"Plan for continuous learning: a technique that is cutting-edge today could be obsolete in 18 months.",
				},
			},
		}),
		aiJob(Path{
			ID:      "ml-engineer-generative",
			Name:    "Machine learning engineer (generative models)",
			Summary: "Work on the core architecture, training and fine-tuning of generative models. It needs Python plus a solid grasp of statistics, linear algebra and neural network architectures.",
			Skills:  []SkillNeed{{Programming, 5}, {Maths, 4}},
			Income: Income{
				Note: "The sources give no figure for this path; they say machine learning engineers command even higher compensation than prompt engineers ($175,000–$300,000 a year).",
				Cite: mva(SectionIncome, "prompt engineers can earn between $175,000 and $300,000 per year, while AI research scientists and machine learning engineers command even higher compensation"),
			},
			Plan: Plan{
				Days7: []string{
					"Set up Python and start on the statistics and linear algebra behind neural networks.",
				},
				Days30: []string{
					"Train and fine-tune a small generative model end to end, and write up the choices made.",
				},
				Days90: []string{
					"Publish a project that shows architecture, training and fine-tuning decisions, and apply to tech companies, research labs and startups.",
					"Budget time for continuous learning: a technique that is cutting-edge today could be obsolete in 18 months.",
				},
			},
		}),
		aiJob(Path{
			ID:      "ai-research-scientist",
			Name:    "AI research scientist",
			Summary: "Push the underlying principles of AI forward in a research lab or a larger organisation. The most academic of the paths: deep mathematics first, with programming as the tool.",
			Skills:  []SkillNeed{{Maths, 5}, {Programming, 4}},
			Income: Income{
				Note: "The sources give no figure for this path; they say AI research scientists command even higher compensation than prompt engineers ($175,000–$300,000 a year).",
				Cite: mva(SectionIncome, "prompt engineers can earn between $175,000 and $300,000 per year, while AI research scientists and machine learning engineers command even higher compensation"),
			},
			Plan: Plan{
				Days7: []string{
					"Work through statistics, linear algebra and neural network architectures, and keep notes on what is not yet clear.",
				},
				Days30: []string{
					"Reproduce one published generative-model result in Python.",
				},
				Days90: []string{
					"Write up a small original experiment and apply to research labs or research teams in larger organisations.",
					"Commit to lifelong learning; the article says the field moves fast enough to obsolete a technique in 18 months.",
				},
			},
		}),

		// AI-powered side hustles.
		hybrid(Path{
			ID:      "ai-consulting",
			Name:    "Freelance AI consulting",
			Summary: "Help businesses in a familiar field put AI tools to work where they remove real effort. The edge is the domain expertise and business understanding brought to the work, not the tools.",
			Skills:  []SkillNeed{{Domain, 4}, {Client, 4}, {Prompting, 3}, {Analytics, 2}, {Ethics, 2}},
			LearningCurve: Rated{3,
				"It takes knowing both the AI tools and the clients’ business; the real advantage is domain expertise.",
				sh(SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")},
			FutureProofing: Rated{4,
				"Domain expertise and business understanding are the sustainable advantage, and they don’t age as fast as the tools.",
				sh(SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")},
			Commoditisation: Rated{3,
				"The technical part commoditises quickly; domain expertise is the defence.",
				sh(SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")},
			Plan: Plan{
				Days7: []string{
					"Name the specific niche known from the day job and list its costliest recurring tasks.",
					"Ask the article’s three questions of the idea: a real problem for a specific audience? value that justifies the time? aligned with long-term goals?",
				},
				Days30: []string{
					"Run one small paid or pilot engagement that removes a real task, and measure the time or money saved.",
					"Set a weekly hours limit beside the day job.",
				},
				Days90: []string{
					"Turn the result into a case study and a fixed-scope offer for the same niche.",
				},
			},
		}),
		hybrid(Path{
			ID:      "ai-market-research",
			Name:    "AI-assisted market research",
			Summary: "Offer market research to businesses, using tools such as ChatGPT and Claude to go faster, with human judgement on top. This is Sarah’s side hustle in the first article.",
			Skills:  []SkillNeed{{Analytics, 4}, {Domain, 4}, {Prompting, 3}, {Writing, 3}, {Maths, 2}, {Ethics, 2}},
			LearningCurve: Rated{2,
				"AI tools now make work that used to need specialised teams accessible to individuals.",
				sh(SectionAutonomy, "AI tools suddenly make what used to require specialized teams accessible to individuals.")},
			TimeToFirstIncome: Rated{2,
				"In the article’s example, Sarah’s AI-powered market research covered her mortgage payments within three months (no amount given).",
				sh(SectionSarah, "Within three months, she was making enough to cover her mortgage payments.")},
			FutureProofing: Rated{4,
				"Research judgement rests on domain expertise and business understanding, the advantage the article says lasts.",
				sh(SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")},
			Commoditisation: Rated{3,
				"Generic AI research is easy to copy; research grounded in a well-known domain is harder.",
				sh(SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")},
			Income: Income{
				Note: "The sources give no figure for this path. Their one example, Sarah, covered her mortgage payments within three months (amount not stated) while working 70-hour weeks.",
				Cite: sh(SectionSarah, "Within three months, she was making enough to cover her mortgage payments."),
			},
			Plan: Plan{
				Days7: []string{
					"Pick the best-known industry and one question its businesses pay to have answered.",
					"Produce one sample report with AI tools, checking every claim by hand.",
				},
				Days30: []string{
					"Sell a first small report to a business in that niche, and agree the scope in writing.",
					"Track the hours every week: Sarah’s version of this hustle grew to 70-hour weeks and hurt her day job.",
				},
				Days90: []string{
					"Keep the offer narrow and repeatable so the hours stay within budget.",
				},
			},
		}),
		hybrid(Path{
			ID:      "custom-chatbots",
			Name:    "Custom chatbots",
			Summary: "Build and maintain chatbots for businesses, tuned to their products and customers. One of the freelance openings the article names beside generative-AI jobs.",
			Skills:  []SkillNeed{{Programming, 4}, {Prompting, 4}, {Client, 3}},
			LearningCurve: Rated{4,
				"Building bots well takes programming; the article says Python is often a baseline requirement for AI work.",
				mva(SectionSkills, "Proficiency in programming languages like Python is often a baseline requirement.")},
			UpfrontInvestment: Rated{3,
				"Mostly time to learn programming and the tools; the sources give no cost figure.",
				mva(SectionRise, "While there are freelance opportunities, such as offering AI-powered copywriting services or developing custom chatbots")},
			Plan: Plan{
				Days7: []string{
					"Choose one niche and the customer question its businesses answer most often.",
					"Build a prototype bot that answers it, in Python.",
				},
				Days30: []string{
					"Pilot the bot with one business and measure how many questions it handles without help.",
				},
				Days90: []string{
					"Turn the pilot into a fixed offer for that niche, and have a plan for when the platform under the bot changes its prices or rules.",
				},
			},
		}),
		hybrid(Path{
			ID:      "ai-micro-saas",
			Name:    "AI micro-SaaS for a niche",
			Summary: "Build a small AI-powered product for one specific niche, such as a tool that helps small e-commerce stores optimise their product descriptions.",
			Skills:  []SkillNeed{{Programming, 4}, {Domain, 3}, {Writing, 3}, {Prompting, 3}},
			LearningCurve: Rated{4,
				"A product needs programming; the article says Python is often a baseline requirement for AI work.",
				mva(SectionSkills, "Proficiency in programming languages like Python is often a baseline requirement.")},
			UpfrontInvestment: Rated{3,
				"Mostly time to build before anyone pays; the sources give no cost figure.",
				sh(SectionPattern, "One developer I know built a custom AI tool that helps small e-commerce stores optimize their product descriptions")},
			TimeToFirstIncome: Rated{4,
				"Building comes before selling; the sources give no timeline.",
				sh(SectionPattern, "One developer I know built a custom AI tool that helps small e-commerce stores optimize their product descriptions")},
			Plan: Plan{
				Days7: []string{
					"Pick one specific niche (the article’s example: small e-commerce stores) and one task it repeats every week.",
					"Talk to people in that niche about how they handle the task today.",
				},
				Days30: []string{
					"Build the smallest version that reduces that task’s effort, and put it in front of those people.",
				},
				Days90: []string{
					"Charge for it only once it saves real time, and list the platforms it depends on with a fallback for each.",
				},
			},
		}),
		hybrid(Path{
			ID:      "ai-content-creation",
			Name:    "AI-assisted content creation",
			Summary: "Create blog posts, newsletters or social content faster with AI assistance, with a human voice and editing on top.",
			Skills:  []SkillNeed{{Writing, 4}, {Prompting, 4}, {Domain, 2}},
			LearningCurve: Rated{2,
				"AI tools now make work that used to need specialised teams accessible to individuals.",
				sh(SectionAutonomy, "AI tools suddenly make what used to require specialized teams accessible to individuals.")},
			FutureProofing: Rated{2,
				"The tools are the easy part to copy; the advantage the article says lasts is domain expertise and business understanding.",
				sh(SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")},
			Commoditisation: Rated{5,
				"The barrier to entry is dropping fast, and AI-generated content is exactly what anyone can now produce.",
				sh(SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")},
			Plan: Plan{
				Days7: []string{
					"Choose a specific audience whose subject is familiar, and list the questions it keeps asking.",
					"Publish a few pieces drafted with AI and edited hard in a personal voice.",
				},
				Days30: []string{
					"Find a first paying client or sponsor in that niche, and check the value exchange: do they get more than they give?",
				},
				Days90: []string{
					"Double down on what only a person can add (domain knowledge, voice); generic AI content is commoditising fast.",
				},
			},
		}),
		hybrid(Path{
			ID:      "custom-models",
			Name:    "Custom models for a business",
			Summary: "Train or fine-tune models for a specific business need, in a field whose data and problems are familiar. The most technical of the side hustles.",
			Skills:  []SkillNeed{{Programming, 5}, {Maths, 4}, {Domain, 4}, {Client, 2}},
			LearningCurve: Rated{5,
				"Model work needs a solid grasp of statistics, linear algebra and neural network architectures.",
				mva(SectionSkills, "A solid grasp of statistics, linear algebra, and neural network architectures is essential for roles involved in model development.")},
			UpfrontInvestment: Rated{4,
				"The technical skills behind it are the kind the article calls a significant upfront investment in education; it gives no cost figure.",
				mva(SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")},
			TimeToFirstIncome: Rated{4,
				"The sources give no timeline; the technical skills come before the first paid project.",
				mva(SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")},
			FutureProofing: Rated{4,
				"The core AI and machine learning skills are the ones the article expects to stay valuable.",
				mva(SectionIncome, "The risk is that specific tool-centric roles may evolve rapidly, but the core AI and machine learning skills are likely to remain valuable.")},
			PlatformDependency: Rated{4,
				"Less tied to one chat product than most AI side hustles, but still built on technologies its users don’t control.",
				sh(SectionRentedLand, "That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.")},
			Commoditisation: Rated{3,
				"Sophisticated today, commoditised tomorrow; domain knowledge of the business is what keeps the model worth paying for.",
				sh(SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")},
			Plan: Plan{
				Days7: []string{
					"Pick a business problem in a familiar field where a custom model would reduce real effort.",
					"Refresh Python, statistics and linear algebra where they are rusty.",
				},
				Days30: []string{
					"Fine-tune a small model on public or sample data for that problem and measure it against the current approach.",
				},
				Days90: []string{
					"Offer a paid pilot to one business and keep a written plan for when the underlying platform changes.",
				},
			},
		}),
		hybrid(Path{
			ID:      "ai-copywriting",
			Name:    "AI-powered copywriting",
			Summary: "Offer copywriting services that use AI for speed, with human persuasion and storytelling deciding what ships.",
			Skills:  []SkillNeed{{Writing, 5}, {Persuasion, 4}, {Prompting, 3}},
			LearningCurve: Rated{2,
				"AI tools now make work that used to need specialised teams accessible to individuals.",
				sh(SectionAutonomy, "AI tools suddenly make what used to require specialized teams accessible to individuals.")},
			FutureProofing: Rated{2,
				"The article’s forward-thinking professional combines both skill sets, yet the tools themselves are the part competitors copy first.",
				mva(SectionChoice, "The most forward-thinking professionals will likely be those who combine skills from both domains")},
			Commoditisation: Rated{5,
				"AI already writes first drafts of copy, so the drafting itself is becoming a commodity.",
				mva(SectionFuture, "Marketers are using AI to generate blog post ideas, create first drafts of copy, analyze data trends, and personalize customer interactions.")},
			Plan: Plan{
				Days7: []string{
					"Pick a specific audience and collect the words its customers use about their problems.",
					"Write a few sample pieces with AI drafts and a human edit, and note what changed and why.",
				},
				Days30: []string{
					"Land a first client and agree a measurable goal for the copy, such as sign-ups or sales.",
				},
				Days90: []string{
					"Sell outcomes and strategy rather than word counts: drafting is what AI commoditises first.",
				},
			},
		}),
	}
}

// marketing fills a digital-marketing path's unset fields with what the
// sources say about that track as a whole.
func marketing(p Path) Path {
	p.Track, p.Mode = Marketing, SideHustle
	setDefault(&p.LearningCurve, Rated{2,
		"Entry-level marketing side hustles have a gentler learning curve than the technical side of generative AI.",
		mva(SectionSkills, "The learning curve for the technical side of generative AI is generally steeper than for most entry-level digital marketing side hustles.")})
	setDefault(&p.UpfrontInvestment, Rated{1,
		"It can start with minimal investment, often just time and a laptop. The sources give no cost figure.",
		mva(SectionLandscape, "You can start with minimal investment, often just your time and a laptop.")})
	setDefault(&p.TimeToFirstIncome, Rated{2,
		"The article recommends this path to people who want to start earning with a relatively lower barrier to entry; it gives no timeline.",
		mva(SectionChoice, "wants to start earning with a relatively lower barrier to entry")})
	setDefault(&p.Demand, Rated{4,
		"Demand for skilled digital marketers is perennial; the market is competitive but vast.",
		mva(SectionIncome, "The demand for skilled digital marketers is perennial; as long as businesses exist online, they will need to attract customers.")})
	setDefault(&p.Volatility, Rated{3,
		"Demand is steady, but a freelancer’s income rises and falls with their ability to attract and keep clients and deliver results.",
		mva(SectionIncome, "income is often directly tied to your ability to attract and retain clients and, crucially, to deliver results")})
	setDefault(&p.Flexibility, Rated{5,
		"The freelancer controls the workload, clients and niche, and can keep the day job.",
		mva(SectionFlexibility, "You have a high degree of control over your workload, clients, and niche.")})
	setDefault(&p.FutureProofing, Rated{4,
		"A marketer who embraces AI tools becomes more efficient and valuable, which the article calls future-proofing.",
		mva(SectionFuture, "a digital marketer who embraces AI tools will become far more efficient and valuable, effectively future-proofing their skill set")})
	setDefault(&p.Commoditisation, Rated{2,
		"Strategy, brand voice and emotional connection remain difficult for AI to fully replicate.",
		mva(SectionFuture, "The human elements of strategy, brand voice, and emotional connection remain difficult for AI to fully replicate.")})
	setHours(&p.HoursPerWeek, sideHustleHours())
	setIncome(&p.Income)
	if p.Risks == nil {
		p.Risks = []Risk{RiskBurnout}
	}
	return p
}

// aiJob fills a generative-AI job's unset fields with what the sources say
// about that track as a whole.
func aiJob(p Path) Path {
	p.Track, p.Mode = AIJob, FullTime
	setDefault(&p.LearningCurve, Rated{5,
		"Model work needs Python plus a solid grasp of statistics, linear algebra and neural network architectures: a steeper, more academic curve.",
		mva(SectionSkills, "A solid grasp of statistics, linear algebra, and neural network architectures is essential for roles involved in model development.")})
	setDefault(&p.UpfrontInvestment, Rated{5,
		"Many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills. The sources give no cost figure.",
		mva(SectionRise, "many of the most lucrative generative AI jobs demand a significant upfront investment in education and technical skills.")})
	setDefault(&p.TimeToFirstIncome, Rated{5,
		"The entry-level bar for technical AI roles is higher and the skills take time to build; the sources give no timeline.",
		mva(SectionIncome, "For generative AI jobs, the entry-level bar for technical roles is higher, and so are the starting salaries.")})
	setDefault(&p.Demand, Rated{5,
		"Demand is currently white-hot, and the job market is growing at a staggering pace.",
		mva(SectionRise, "The job market for generative AI is newer and more specialized, but it’s growing at a staggering pace.")})
	setDefault(&p.Volatility, Rated{5,
		"A more volatile market, tied to the hype cycle and to investment trends in the tech sector.",
		mva(SectionIncome, "The demand is currently white-hot, but it’s a more volatile market tied to the hype cycle and investment trends in the tech sector.")})
	setDefault(&p.Flexibility, Rated{2,
		"Usually a full-time, dedicated position; consulting and project work are possible, but the deep focus makes it hard to treat as a casual side hustle.",
		mva(SectionFlexibility, "Generative AI jobs, particularly the high-paying ones, are more often structured as full-time, dedicated positions.")})
	setDefault(&p.FutureProofing, Rated{4,
		"The core AI and machine learning skills are likely to remain valuable, given continuous learning in a field that moves fast.",
		mva(SectionIncome, "The risk is that specific tool-centric roles may evolve rapidly, but the core AI and machine learning skills are likely to remain valuable.")})
	setDefault(&p.PlatformDependency, Rated{2,
		"The dependency is on an employer rather than a platform: many of these roles sit inside tech companies, research labs and startups.",
		mva(SectionRise, "many generative AI roles are emerging within established tech companies, research labs, and startups")})
	setDefault(&p.Commoditisation, Rated{2,
		"The core AI and machine learning skills are the part the article expects to stay valuable.",
		mva(SectionIncome, "The risk is that specific tool-centric roles may evolve rapidly, but the core AI and machine learning skills are likely to remain valuable.")})
	setHours(&p.HoursPerWeek, Hours{
		Text: "Usually a full-time, dedicated position; the sources give no weekly-hours figure.",
		Cite: mva(SectionFlexibility, "Generative AI jobs, particularly the high-paying ones, are more often structured as full-time, dedicated positions."),
	})
	setIncome(&p.Income)
	if p.Risks == nil {
		p.Risks = []Risk{RiskHypeCycle}
	}
	return p
}

// hybrid fills an AI-powered side hustle's unset fields with what the
// sources say about that track as a whole.
func hybrid(p Path) Path {
	p.Track, p.Mode = Hybrid, SideHustle
	setDefault(&p.LearningCurve, Rated{3,
		"AI tools make specialised work accessible to individuals, but they still have to be learned well and paired with existing knowledge.",
		sh(SectionAutonomy, "AI tools suddenly make what used to require specialized teams accessible to individuals.")})
	setDefault(&p.UpfrontInvestment, Rated{2,
		"AI tools put work that once needed specialised teams within reach of individuals; the sources give no cost figure.",
		sh(SectionAutonomy, "AI tools suddenly make what used to require specialized teams accessible to individuals.")})
	setDefault(&p.TimeToFirstIncome, Rated{3,
		"The sources give no timeline for this path; their one dated example is Sarah’s AI market research, which covered her mortgage within three months.",
		sh(SectionSarah, "Within three months, she was making enough to cover her mortgage payments.")})
	setDefault(&p.Demand, Rated{5,
		"According to Upwork, demand for AI-related freelance skills grew by over 400% in a year.",
		sh(SectionUpwork, "According to Upwork’s latest data, demand for AI-related freelance skills grew by over 400% in the past year alone.")})
	setDefault(&p.Volatility, Rated{4,
		"Many AI side hustles live off temporary information asymmetries, and those close quickly.",
		sh(SectionValue, "They’re often just leveraging temporary information asymmetries.")})
	setDefault(&p.Flexibility, Rated{4,
		"Typically pursued outside one’s main employment, on one’s own terms.",
		sh(SectionOpening, "they’re income-generating activities that leverage artificial intelligence tools and platforms, typically pursued outside of one’s main employment")})
	setDefault(&p.FutureProofing, Rated{3,
		"The tools age fast; the lasting advantage is domain expertise and business understanding.",
		sh(SectionCommoditisation, "It’s not the AI tools themselves, but the domain expertise and business understanding you bring to the table.")})
	setDefault(&p.PlatformDependency, Rated{5,
		"Built on AI platforms and technologies their users don’t control or fully understand: “building houses on rented land”.",
		sh(SectionRentedLand, "That we’re building houses on rented land, dependent on platforms and technologies we don’t control or fully understand.")})
	setDefault(&p.Commoditisation, Rated{4,
		"The barrier to entry is dropping fast: what is technically sophisticated today becomes commoditised tomorrow.",
		sh(SectionCommoditisation, "What’s technically sophisticated today becomes commoditized tomorrow.")})
	setHours(&p.HoursPerWeek, sideHustleHours())
	setIncome(&p.Income)
	if p.Risks == nil {
		p.Risks = []Risk{RiskRentedLand, RiskCommoditisation, RiskBurnout}
	}
	return p
}

// sideHustleHours is the honest answer for every side hustle: no figure,
// and one cautionary example.
func sideHustleHours() Hours {
	return Hours{
		Text: "The sources give no weekly-hours figure for this path. A warning from the first article: Sarah’s AI side hustle grew into 70-hour working weeks in total, and her main job performance slipped.",
		Cite: sh(SectionSarah, "she’s now working 70-hour weeks and her main job performance is slipping."),
	}
}

func setDefault(r *Rated, def Rated) {
	if r.Level == 0 && r.Text == "" {
		*r = def
	}
}

func setHours(h *Hours, def Hours) {
	if h.Text == "" {
		*h = def
	}
}

// setIncome completes an income the path left unset: no figure, said plainly.
func setIncome(in *Income) {
	if !in.Known && in.Note == "" {
		in.Note = "The sources give no figure for this path."
	}
}
