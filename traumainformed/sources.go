package traumainformed

import "github.com/wholeperson/integrative/evidence"

// withLocator returns s pointing at a particular passage.
func withLocator(s evidence.Source, locator string) evidence.Source {
	s.Locator = locator
	return s
}

// Sources cited by more than one catalog entry. Each was read (in the
// publication or a faithful transcription of it) before it was cited.
var (
	srcSAMHSA = evidence.Source{
		Title:     "SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach",
		Publisher: "Substance Abuse and Mental Health Services Administration, HHS Publication No. (SMA) 14-4884",
		Year:      2014,
		URL:       "https://store.samhsa.gov/product/samhsas-concept-trauma-and-guidance-trauma-informed-approach/sma14-4884",
	}
	srcISTSS = evidence.Source{
		Title:     "The ISTSS Expert Consensus Treatment Guidelines for Complex PTSD in Adults",
		Publisher: "International Society for Traumatic Stress Studies (Cloitre M, Courtois CA, Ford JD, Green BL, et al.)",
		Year:      2012,
		Locator:   "sequenced, phase-based approach: safety, stabilization and skills; trauma memory processing; consolidation and reintegration",
		URL:       "https://deploy.doczz.net/doc/6477899",
	}
	srcHerman = evidence.Source{
		Title:     "Trauma and Recovery",
		Publisher: "Basic Books (Herman JL)",
		Year:      1992,
		Locator:   "stages of recovery: establishing safety; remembrance and mourning; reconnection with ordinary life; recovery is not linear",
	}
	srcDeJongh = evidence.Source{
		Title:     "Critical analysis of the current treatment guidelines for complex PTSD in adults",
		Publisher: "Depression and Anxiety 33(5):359-369 (De Jongh A, Resick PA, Zoellner LA, et al.)",
		Year:      2016,
		Locator:   "no rigorous evidence that a stabilization phase is needed before trauma-focused treatment; requiring one may delay effective treatment",
		URL:       "https://research.vu.nl/en/publications/critical-analysis-of-the-current-treatment-guidelines-for-complex",
	}
	srcVADoD = evidence.Source{
		Title:     "VA/DoD Clinical Practice Guideline for the Management of Posttraumatic Stress Disorder and Acute Stress Disorder",
		Publisher: "US Department of Veterans Affairs and Department of Defense; synopsis Ann Intern Med 177(3), doi:10.7326/M23-2757",
		Year:      2023,
		Locator:   "trauma-focused psychotherapy (PE, CPT, EMDR) recommended; co-occurring conditions, including substance use disorders, should not preclude it",
		URL:       "https://www.acpjournals.org/doi/10.7326/M23-2757",
	}
	srcTIP42 = evidence.Source{
		Title:     "Substance Use Disorder Treatment for People With Co-Occurring Disorders (TIP 42)",
		Publisher: "Substance Abuse and Mental Health Services Administration, PEP20-02-01-004",
		Year:      2020,
		Locator:   "guiding principles: develop a phased approach to treatment",
		URL:       "https://store.samhsa.gov/product/tip-42-substance-use-treatment-persons-co-occurring-disorders/PEP20-02-01-004",
	}
	srcStanleyBrown = evidence.Source{
		Title:     "Safety Planning Intervention: A Brief Intervention to Mitigate Suicide Risk",
		Publisher: "Cognitive and Behavioral Practice 19(2):256-264 (Stanley B, Brown GK)",
		Year:      2012,
		Locator:   "a written, prioritized list of coping strategies and sources of support, developed with the patient",
	}
	srcElwyn = evidence.Source{
		Title:     "Shared Decision Making: A Model for Clinical Practice",
		Publisher: "J Gen Intern Med 27(10):1361-1367 (Elwyn G, Frosch D, Thomson R, et al.)",
		Year:      2012,
		Locator:   "three steps: choice talk, option talk, decision talk",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC3445676",
	}
	srcCLAS = evidence.Source{
		Title:     "National Standards for Culturally and Linguistically Appropriate Services (CLAS) in Health and Health Care",
		Publisher: "US Department of Health and Human Services, Office of Minority Health",
		Year:      2013,
		URL:       "https://thinkculturalhealth.hhs.gov/clas/standards",
	}
	srcGrinerSmith = evidence.Source{
		Title:     "Culturally adapted mental health interventions: a meta-analytic review",
		Publisher: "Psychotherapy: Theory, Research, Practice, Training 43(4):531-548 (Griner D, Smith TB)",
		Year:      2006,
		Locator:   "76 studies: culturally adapted interventions benefited clients; interventions in the client's native language (other than English) were about twice as effective as those in English",
		URL:       "https://scholarsarchive.byu.edu/facpub/279/",
	}
	srcWampold = evidence.Source{
		Title:     "How important are the common factors in psychotherapy? An update",
		Publisher: "World Psychiatry 14(3):270-277 (Wampold BE)",
		Year:      2015,
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC4592639",
	}
	srcCFI = evidence.Source{
		Title:     "Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition: Cultural Formulation Interview",
		Publisher: "American Psychiatric Association",
		Year:      2013,
		Locator:   "Section III, Cultural Formulation",
	}

	// Language sources.
	srcNIDAWords = evidence.Source{
		Title:     "Words Matter: Terms to Use and Avoid When Talking About Addiction",
		Publisher: "National Institute on Drug Abuse (NIDAMED)",
		Year:      2021,
		Locator:   "table of terms to avoid and terms to use instead",
		URL:       "https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction",
	}
	srcONDCP = evidence.Source{
		Title:     "Changing the Language of Addiction",
		Publisher: "Executive Office of the President, Office of National Drug Control Policy",
		Year:      2017,
		URL:       "https://obamawhitehouse.archives.gov/ondcp/changing-the-language",
	}
	srcBotticelliKoh = evidence.Source{
		Title:     "Changing the Language of Addiction",
		Publisher: "JAMA 316(13):1361-1362 (Botticelli MP, Koh HK)",
		Year:      2016,
	}
	srcKellyWesterhoff = evidence.Source{
		Title:     "Does it matter how we refer to individuals with substance-related conditions? A randomized study of two commonly used terms",
		Publisher: "International Journal of Drug Policy 21(3):202-207 (Kelly JF, Westerhoff CM)",
		Year:      2010,
		Locator:   "clinicians judged a person described as a \"substance abuser\" more deserving of punishment than one described as having a substance use disorder",
		URL:       "https://doi.org/10.1016/j.drugpo.2009.10.010",
	}
	srcVolkow = evidence.Source{
		Title:     "Choosing appropriate language to reduce the stigma around mental illness and substance use disorders",
		Publisher: "Neuropsychopharmacology (Volkow ND, Gordon JA, Koob GF)",
		Year:      2021,
		URL:       "https://doi.org/10.1038/s41386-021-01069-4",
	}
	srcAPSuicide = evidence.Source{
		Title:     "AP Stylebook: suicide entry",
		Publisher: "The Associated Press",
		Year:      2015,
		Locator:   "avoid \"committed suicide\" except in direct quotations; alternatives \"killed himself\", \"took her own life\", \"died by suicide\"; do not refer to an unsuccessful suicide attempt, refer instead to an attempted suicide",
	}
	srcHealy = evidence.Source{
		Title:     "How to Reduce Stigma and Bias in Clinical Communication: a Narrative Review",
		Publisher: "J Gen Intern Med 37(10):2533-2540 (Healy M, Richard A, Kidia K)",
		Year:      2022,
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC9360372",
	}
	srcGranello = evidence.Source{
		Title:     "The Power of Language and Labels: \"The Mentally Ill\" Versus \"People With Mental Illnesses\"",
		Publisher: "Journal of Counseling and Development 94(1):31-40 (Granello DH, Gibbs TA)",
		Year:      2016,
		Locator:   "participants shown \"the mentally ill\" reported less tolerance than those shown \"people with mental illness\"; professional counselors showed the largest difference",
		URL:       "https://doi.org/10.1002/jcad.12059",
	}
)
