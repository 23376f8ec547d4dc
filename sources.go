package integrative

import "github.com/wholeperson/integrative/evidence"

// RulesVersion identifies the content of the built-in rule catalog: rules,
// their grades, messages and sources. It changes whenever a rule changes.
const RulesVersion = "2026.12.4"

// since is the module version that introduced the first rules.
const since = "0.2.0"

// Sources of the root rules. The leaf packages' findings carry their own,
// more specific sources; these are the sources behind each rule as a whole.
var (
	srcONC = evidence.Source{
		Title:     "High-priority drug-drug interactions for use in electronic health records",
		Publisher: "J Am Med Inform Assoc 19(5):735-743 (Phansalkar S, Desai AA, Bell D, et al.)",
		Year:      2012,
		URL:       "https://doi.org/10.1136/amiajnl-2011-000612",
	}
	srcFDALabels = evidence.Source{
		Title:     "Drugs@FDA: FDA-approved drugs (prescribing information)",
		Publisher: "U.S. Food and Drug Administration",
		Year:      2026,
		Locator:   "each drug's label: Contraindications, Boxed Warning, Warnings and Precautions, Drug Interactions, Dosage and Administration",
		URL:       "https://www.accessdata.fda.gov/scripts/cder/daf/",
	}
	srcADAAPA2004 = evidence.Source{
		Title:     "Consensus development conference on antipsychotic drugs and obesity and diabetes",
		Publisher: "Diabetes Care 27(2):596-601 (American Diabetes Association, American Psychiatric Association, AACE, NAASO)",
		Year:      2004,
		Locator:   "monitoring protocol for patients on second-generation antipsychotics (table)",
		URL:       "https://doi.org/10.2337/diacare.27.2.596",
	}
	srcNorcross2019 = evidence.Source{
		Title:     "Handbook of Psychotherapy Integration, 3rd edition",
		Publisher: "Oxford University Press (Norcross JC, Goldfried MR, eds.)",
		Year:      2019,
		Locator:   "chapter 1: the four routes to integration (theoretical integration, common factors, technical eclecticism, assimilative integration)",
		URL:       "https://doi.org/10.1093/med-psych/9780190690465.001.0001",
	}
	srcSAMHSA2014 = evidence.Source{
		Title:     "SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach",
		Publisher: "Substance Abuse and Mental Health Services Administration, HHS Publication No. (SMA) 14-4884",
		Year:      2014,
		Locator:   "six key principles of a trauma-informed approach; ten implementation domains",
		URL:       "https://store.samhsa.gov/product/samhsas-concept-trauma-and-guidance-trauma-informed-approach/sma14-4884",
	}
	srcISTSS2012 = evidence.Source{
		Title:     "The ISTSS expert consensus treatment guidelines for complex PTSD in adults",
		Publisher: "International Society for Traumatic Stress Studies (Cloitre M, Courtois CA, Ford JD, et al.)",
		Year:      2012,
		Locator:   "phase-based treatment: safety and stabilization, trauma memory processing, reintegration",
		URL:       "https://istss.org/clinical-resources/treating-trauma/complex-ptsd",
	}
	srcDeJongh2016 = evidence.Source{
		Title:     "Critical analysis of the current treatment guidelines for complex PTSD in adults",
		Publisher: "Depress Anxiety 33(5):359-369 (De Jongh A, Resick PA, Zoellner LA, et al.)",
		Year:      2016,
		URL:       "https://doi.org/10.1002/da.22469",
	}
	srcStanleyBrown2012 = evidence.Source{
		Title:     "Safety planning intervention: a brief intervention to mitigate suicide risk",
		Publisher: "Cogn Behav Pract 19(2):256-264 (Stanley B, Brown GK)",
		Year:      2012,
		URL:       "https://doi.org/10.1016/j.cbpra.2011.01.001",
	}
	srcTJCSuicide = evidence.Source{
		Title:     "National Patient Safety Goal NPSG.15.01.01, Reduce the risk for suicide",
		Publisher: "The Joint Commission",
		Year:      2019,
		Locator:   "EP 3: evidence-based suicide risk assessment of patients who screen positive; EP 5: written policies for counseling and follow-up care at discharge",
		URL:       "https://www.jointcommission.org/standards/standard-faqs/hospital-and-hospital-clinics/national-patient-safety-goals-npsg/000002237",
	}
)

// Sources of the cross-cutting plan rules (PLN). Where a recommendation
// number could not be read in the primary text, the locator names the
// section instead.
var (
	srcCFR48261 = evidence.Source{
		Title:     "42 CFR 482.61, Condition of participation: special medical record requirements for psychiatric hospitals",
		Publisher: "Centers for Medicare & Medicaid Services, Code of Federal Regulations",
		Year:      1986,
		Locator:   "paragraph (c), Standard: treatment plan (individual comprehensive treatment plan; applies to psychiatric hospitals in Medicare)",
		URL:       "https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-G/part-482/subpart-E/section-482.61",
	}
	srcAIMS = evidence.Source{
		Title:     "Patient-centered integrated behavioral health care principles and tasks",
		Publisher: "AIMS Center, University of Washington",
		Year:      2012,
		Locator:   "principles 1 (shared care plans), 3 (measurement-based treatment to target) and 5 (accountable care)",
		URL:       "https://aims.uw.edu/resource-library/collaborative-care-people-depression-and-anxiety",
	}
	srcTIP42 = evidence.Source{
		Title:     "Substance Use Disorder Treatment for People With Co-Occurring Disorders, Treatment Improvement Protocol (TIP) 42",
		Publisher: "Substance Abuse and Mental Health Services Administration",
		Year:      2020,
		Locator:   "Executive Summary, overall key messages (integrated, not siloed, treatment); chapter 2, guidelines for counselors (achieving integrated treatment) and for administrators (providers' competencies)",
		URL:       "https://www.ncbi.nlm.nih.gov/books/NBK571024/",
	}
	srcCochraneCC = evidence.Source{
		Title:     "Collaborative care for depression and anxiety problems",
		Publisher: "Cochrane Database Syst Rev 2012, Issue 10, CD006525 (Archer J, Bower P, Gilbody S, et al.)",
		Year:      2012,
		Locator:   "abstract: collaborative care improved depression and anxiety outcomes for up to two years",
		URL:       "https://doi.org/10.1002/14651858.CD006525.pub2",
	}
	srcSplitTreatment = evidence.Source{
		Title:     "Guidelines for prescribing psychiatrists in consultative, collaborative, and supervisory relationships",
		Publisher: "Psychiatr Serv 49(9)",
		Year:      1998,
		Locator:   "abstract: structured communication among clinicians and clarification of their respective responsibilities",
		URL:       "https://doi.org/10.1176/ps.49.9.1197",
	}
	srcNG222 = evidence.Source{
		Title:     "Depression in adults: treatment and management (NICE guideline NG222)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2022,
		Locator:   "recommendation 1.6.1 and table 2 (more severe depression: combination of CBT and an antidepressant among first-line options); definitions of severity (PHQ-9 16 or more)",
		URL:       "https://www.nice.org.uk/guidance/ng222/chapter/Recommendations",
	}
	srcNG222Further = evidence.Source{
		Title:     "Depression in adults: treatment and management (NICE guideline NG222)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2022,
		Locator:   "recommendations 1.9.1-1.9.2: no response after 4 weeks at a recognised therapeutic dose; review factors, adherence, then the diagnosis",
		URL:       "https://www.nice.org.uk/guidance/ng222/chapter/Recommendations#further-line-treatment",
	}
	srcCANMAT2018 = evidence.Source{
		Title:     "The CANMAT and ISBD guidelines for the treatment of bipolar disorder: summary and a 2023 update of evidence (of the 2018 guidelines, Bipolar Disord 20:97-170)",
		Publisher: "Focus 21(4):344-353 (Keramatian K, Chithra NK, Yatham LN)",
		Year:      2023,
		Locator:   "pharmacological treatment of acute bipolar depression, box 2 (antidepressant monotherapy not recommended in bipolar I); psychosocial interventions (psychoeducation first-line, adjunctive)",
		URL:       "https://doi.org/10.1176/appi.focus.20230009",
	}
	srcCG185 = evidence.Source{
		Title:     "Bipolar disorder: assessment and management (NICE clinical guideline CG185)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2014,
		Locator:   "section 1.7, recommendation 1.7.3: structured psychological intervention designed for bipolar disorder",
		URL:       "https://www.nice.org.uk/guidance/cg185/chapter/Recommendations",
	}
	srcVADoDPTSD = evidence.Source{
		Title:     "The management of posttraumatic stress disorder and acute stress disorder: synopsis of the 2023 VA/DoD clinical practice guideline",
		Publisher: "Ann Intern Med 177(3) (U.S. Department of Veterans Affairs and Department of Defense)",
		Year:      2024,
		Locator:   "treatment: manualized trauma-focused psychotherapy (PE, CPT, EMDR) over pharmacotherapy; recommendation against benzodiazepines; co-occurring conditions should not preclude trauma-focused treatment",
		URL:       "https://doi.org/10.7326/M23-2757",
	}
	srcISTSSVADoD = evidence.Source{
		Title:     "Using the 2023 VA/DoD clinical practice guideline for management of PTSD and acute stress disorder",
		Publisher: "International Society for Traumatic Stress Studies (Lang AJ, Hamblen JL, Holtzheimer P, Kelly U, et al.)",
		Year:      2023,
		Locator:   "two recommendations against specific treatments: benzodiazepines, and cannabis and its derivatives",
		URL:       "https://istss.org/using-the-2023-va-dod-clinical-practice-guideline-for-management-of-posttraumatic-stress-disorder-and-acute-stress-disorder-ariel-j-lang-jessica-l-hamblen-paul-holtzheimer-ursula-kelly-sonya-b",
	}
	srcOCDFenske = evidence.Source{
		Title:     "Obsessive-compulsive disorder: diagnosis and management",
		Publisher: "Am Fam Physician 80(3):239-245 (Fenske JN, Schwenk TL)",
		Year:      2009,
		Locator:   "abstract: first-line therapy is cognitive behavior therapy with exposure and response prevention or an SSRI",
		URL:       "https://www.aafp.org/pubs/afp/issues/2009/0801/p239.html",
	}
	srcAPAOCD = evidence.Source{
		Title:     "Practice guideline for the treatment of patients with obsessive-compulsive disorder",
		Publisher: "American Psychiatric Association; Am J Psychiatry 164(7 suppl):1-56 (Koran LM, et al.)",
		Year:      2007,
		Locator:   "Part A, treatment recommendations (CBT with exposure and response prevention, and SRIs, first-line)",
		URL:       "https://psychiatryonline.org/guidelines",
	}
	srcCG113Panic = evidence.Source{
		Title:     "Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2011,
		Locator:   "panic disorder, recommendations 1.4.7 (benzodiazepines should not be prescribed) and 1.4.9 (psychological therapy, antidepressant, self-help)",
		URL:       "https://www.nice.org.uk/guidance/cg113/chapter/Recommendations",
	}
	srcCG113GAD = evidence.Source{
		Title:     "Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2011,
		Locator:   "GAD, step 3: high-intensity psychological intervention (CBT or applied relaxation) or drug treatment (SSRI); drug treatment: do not offer a benzodiazepine except as a short-term measure during crises",
		URL:       "https://www.nice.org.uk/guidance/cg113/chapter/Recommendations",
	}
	srcACP2016 = evidence.Source{
		Title:     "Management of chronic insomnia disorder in adults: a clinical practice guideline from the American College of Physicians",
		Publisher: "Ann Intern Med 165(2):125-133 (Qaseem A, Kansagara D, Forciea MA, Cooke M, Denberg TD)",
		Year:      2016,
		Locator:   "Recommendation 1: all adult patients receive CBT-I as the initial treatment for chronic insomnia disorder (strong recommendation)",
		URL:       "https://doi.org/10.7326/M15-2175",
	}
	srcAPAAUD = evidence.Source{
		Title:     "The American Psychiatric Association practice guideline for the pharmacological treatment of patients with alcohol use disorder",
		Publisher: "American Psychiatric Association; Am J Psychiatry 175(1):86-90 (Reus VI, Fochtmann LJ, et al.)",
		Year:      2018,
		Locator:   "guideline statements, selection of a pharmacotherapy: naltrexone or acamprosate be offered to patients with moderate to severe alcohol use disorder (1B)",
		URL:       "https://doi.org/10.1176/appi.focus.17205",
	}
	srcNIAAA = evidence.Source{
		Title:     "Healthcare Professional's Core Resource on Alcohol: recommend evidence-based treatment, know the options",
		Publisher: "National Institute on Alcohol Abuse and Alcoholism",
		Year:      2024,
		Locator:   "behavioral healthcare and medications are both evidence-based and can be combined",
		URL:       "https://www.niaaa.nih.gov/health-professionals-communities/core-resource-on-alcohol/recommend-evidence-based-treatment-know-options",
	}
	srcASAM2020 = evidence.Source{
		Title:     "The ASAM national practice guideline for the treatment of opioid use disorder: 2020 focused update",
		Publisher: "American Society of Addiction Medicine; J Addict Med 14(2S Suppl 1)",
		Year:      2020,
		Locator:   "treatment options: all FDA-approved medications (methadone, buprenorphine, naltrexone) available to all patients; declining psychosocial treatment should not delay pharmacotherapy",
		URL:       "https://www.asam.org/quality-care/clinical-guidelines/national-practice-guideline",
	}
	srcUSPSTFDep = evidence.Source{
		Title:     "Screening for depression in adults: US Preventive Services Task Force recommendation statement",
		Publisher: "JAMA 315(4):380-387 (Siu AL, et al.)",
		Year:      2016,
		Locator:   "recommendation: screening should be implemented with adequate systems in place to ensure accurate diagnosis, effective treatment, and appropriate follow-up",
		URL:       "https://doi.org/10.1001/jama.2015.18392",
	}
	srcUSPSTFAnx = evidence.Source{
		Title:     "Screening for anxiety disorders in adults: final recommendation statement",
		Publisher: "US Preventive Services Task Force",
		Year:      2023,
		Locator:   "pathway to benefit: persons who screen positive are evaluated further and provided or referred for evidence-based care",
		URL:       "https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/anxiety-adults-screening",
	}
	srcCMS134 = evidence.Source{
		Title:     "Preventive care and screening: screening for depression and follow-up plan (Quality ID 134, CMS2)",
		Publisher: "Centers for Medicare & Medicaid Services",
		Year:      2024,
		Locator:   "measure description: if positive, a follow-up plan is documented",
		URL:       "https://ecqi.healthit.gov/ecqm/measures/cms2v8",
	}
	srcSAMHSARecovery = evidence.Source{
		Title:     "SAMHSA's working definition of recovery: 10 guiding principles of recovery",
		Publisher: "Substance Abuse and Mental Health Services Administration",
		Year:      2012,
		Locator:   "guiding principles: recovery is person-driven (individuals define their own life goals); recovery is holistic",
		URL:       "https://store.samhsa.gov/product/samhsas-working-definition-recovery/pep12-recdef",
	}
	srcNG197 = evidence.Source{
		Title:     "Shared decision making (NICE guideline NG197)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2021,
		Locator:   "definition: a person and their healthcare professional working together to reach a joint decision about care",
		URL:       "https://www.nice.org.uk/guidance/ng197/chapter/Recommendations",
	}
	srcWatson2015 = evidence.Source{
		Title:     "Recommended amount of sleep for a healthy adult: a joint consensus statement of the American Academy of Sleep Medicine and Sleep Research Society",
		Publisher: "J Clin Sleep Med 11(6):591-592 (Watson NF, Badr MS, Belenky G, et al.)",
		Year:      2015,
		Locator:   "consensus statement: adults should sleep 7 or more hours per night on a regular basis",
		URL:       "https://doi.org/10.5664/jcsm.4758",
	}
	srcWHO2020 = evidence.Source{
		Title:     "World Health Organization 2020 guidelines on physical activity and sedentary behaviour",
		Publisher: "Br J Sports Med 54(24):1451-1462 (Bull FC, Al-Ansari SS, Biddle S, et al.)",
		Year:      2020,
		Locator:   "adults: 150-300 minutes of moderate-intensity or 75-150 minutes of vigorous-intensity aerobic activity a week; some physical activity is better than none",
		URL:       "https://doi.org/10.1136/bjsports-2020-102955",
	}
	srcFDABenzo2020 = evidence.Source{
		Title:     "FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class",
		Publisher: "U.S. Food and Drug Administration, Drug Safety Communication",
		Year:      2020,
		Locator:   "class boxed warning: before prescribing and throughout treatment, assess each patient's risk for abuse, misuse, and addiction",
		URL:       "https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class",
	}
	srcAPAAUDAssess = evidence.Source{
		Title:     "The American Psychiatric Association practice guideline for the pharmacological treatment of patients with alcohol use disorder",
		Publisher: "American Psychiatric Association; Am J Psychiatry 175(1):86-90 (Reus VI, Fochtmann LJ, et al.)",
		Year:      2018,
		Locator:   "guideline statements, assessment: current and past use of tobacco and alcohol and misuse of other substances, including prescribed or over-the-counter medications or supplements (1C)",
		URL:       "https://doi.org/10.1176/appi.focus.17205",
	}
	srcTJCCTS = evidence.Source{
		Title:     "Standard CTS.03.01.09: outcomes of care, treatment, or services monitored with a standardized instrument",
		Publisher: "The Joint Commission, Behavioral Health Care and Human Services accreditation",
		Year:      2018,
		Locator:   "standards FAQ: outcomes monitored over the course of service using a standardized instrument (measurement-based care)",
		URL:       "https://www.jointcommission.org/standards/standard-faqs/behavioral-health/care-treatment-and-services-cts/000002332/",
	}
	srcFortney2017 = evidence.Source{
		Title:     "A tipping point for measurement-based care",
		Publisher: "Psychiatr Serv 68(2):179-188 (Fortney JC, Unützer J, Wrenn G, et al.)",
		Year:      2017,
		Locator:   "abstract: one-time screening and infrequent assessment were ineffective; frequent, timely feedback improved outcomes",
		URL:       "https://doi.org/10.1176/appi.ps.201500439",
	}
)
