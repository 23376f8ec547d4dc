package assessment

import "github.com/wholeperson/integrative/evidence"

// Sources cited by more than one entry of this package's catalogs.
var (
	srcAPAEvaluation = evidence.Source{
		Title:     "Practice Guidelines for the Psychiatric Evaluation of Adults, Third Edition",
		Publisher: "American Psychiatric Association",
		Year:      2016,
		URL:       "https://doi.org/10.1176/appi.books.9780890426760",
	}
	srcWholeHealth = evidence.Source{
		Title:     "Components of Proactive Health and Well-Being (Whole Health Circle of Health)",
		Publisher: "US Department of Veterans Affairs, Office of Patient Centered Care and Cultural Transformation",
		Year:      2026,
		Locator:   "undated web page, as retrieved in 2026; areas of self-care: Moving the Body, Surroundings, Personal Development, Food & Drink, Recharge, Family, Friends & Co-Workers, Spirit & Soul, Power of the Mind",
		URL:       "https://www.va.gov/PATIENTCENTEREDCARE/resources/components-of-proactive-health.asp",
	}
	srcRecovery = evidence.Source{
		Title:     "SAMHSA's Working Definition of Recovery: 10 Guiding Principles of Recovery",
		Publisher: "Substance Abuse and Mental Health Services Administration, PEP12-RECDEF",
		Year:      2012,
		Locator:   "guiding principles: person-driven; holistic; supported through relationship and social networks; culturally-based and influenced; involves individual, family, and community strengths and responsibility",
	}
	srcTIP42 = evidence.Source{
		Title:     "Substance Use Disorder Treatment for People With Co-Occurring Disorders (TIP 42)",
		Publisher: "Substance Abuse and Mental Health Services Administration, PEP20-02-01-004",
		Year:      2020,
	}
	srcSAMHSATIC = evidence.Source{
		Title:     "SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach",
		Publisher: "Substance Abuse and Mental Health Services Administration, HHS Publication No. (SMA) 14-4884",
		Year:      2014,
	}
	srcCFI = evidence.Source{
		Title:     "Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition: Cultural Formulation Interview",
		Publisher: "American Psychiatric Association",
		Year:      2013,
		Locator:   "Section III, Cultural Formulation",
	}
	srcSJWInteractions = evidence.Source{
		Title:     "St John's wort (Hypericum perforatum): drug interactions and clinical outcomes",
		Publisher: "Br J Clin Pharmacol 54(4):349-356 (Henderson L, Yue QY, Bergquist C, Gerden B, Arlett P)",
		Year:      2002,
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC1874438/",
	}
	srcICD10CM = evidence.Source{
		Title:     "ICD-10-CM Tabular List of Diseases and Injuries, FY2025",
		Publisher: "Centers for Disease Control and Prevention, National Center for Health Statistics",
		Year:      2024,
		Locator:   "Chapter 5, Mental, Behavioral and Neurodevelopmental disorders (F01-F99); G47 sleep disorders; G40 epilepsy",
		URL:       "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html",
	}
)
