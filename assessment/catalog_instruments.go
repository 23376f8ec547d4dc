package assessment

import (
	"golang.org/x/text/language"

	"github.com/wholeperson/integrative/evidence"
)

// CatalogVersion identifies the content of the built-in catalogs (instruments,
// domains, condition groups and cascades). It changes whenever an entry, a
// cut-off or a source changes.
const CatalogVersion = "2026.12.2"

// english is the language set of every built-in instrument: no official
// translation has been checked verbatim yet, so no other language ships.
var english = []language.Tag{language.English}

func en(s string) []string { return []string{s} }

// Sources of the built-in instruments.
var (
	srcKroenke2001 = evidence.Source{
		Title:     "The PHQ-9: validity of a brief depression severity measure",
		Publisher: "J Gen Intern Med 16(9):606-613 (Kroenke K, Spitzer RL, Williams JBW)",
		Year:      2001,
		URL:       "https://doi.org/10.1046/j.1525-1497.2001.016009606.x",
	}
	srcLOINCPHQ9 = evidence.Source{
		Title:     "LOINC 44249-1 PHQ-9 quick depression assessment panel; 44261-6 PHQ-9 total score; answer list LL358-3",
		Publisher: "Regenstrief Institute",
		Year:      2024,
		URL:       "https://loinc.org/44249-1",
	}
	srcPHQLicense = evidence.Source{
		Title:     "Pfizer announces unrestricted access to patient assessment aids for mental disorders (PHQ and GAD-7)",
		Publisher: "Pfizer Inc., press release reported by News-Medical",
		Year:      2010,
		URL:       "https://www.news-medical.net/news/20100723/Pfizer-announces-unrestricted-access-to-patient-assessment-aids-for-mental-disorders.aspx",
	}
	srcSimon2013 = evidence.Source{
		Title:     "Does response on the PHQ-9 Depression Questionnaire predict subsequent suicide attempt or suicide death?",
		Publisher: "Psychiatr Serv 64(12):1195-1202 (Simon GE, Rutter CM, Peterson D, et al.)",
		Year:      2013,
		URL:       "https://doi.org/10.1176/appi.ps.201200587",
	}
	srcLouzon2016 = evidence.Source{
		Title:     "Does suicidal ideation as measured by the PHQ-9 predict suicide among VA patients?",
		Publisher: "Psychiatr Serv 67(5):517-522 (Louzon SA, Bossarte R, McCarthy JF, Katz IR)",
		Year:      2016,
		URL:       "https://doi.org/10.1176/appi.ps.201500149",
	}
	srcTJCSuicide = evidence.Source{
		Title:     "National Patient Safety Goal NPSG.15.01.01, Reduce the risk for suicide",
		Publisher: "The Joint Commission",
		Year:      2019,
		Locator:   "EP 3: evidence-based suicide risk assessment of patients who screen positive for suicidal ideation",
		URL:       "https://www.jointcommission.org/standards/standard-faqs/hospital-and-hospital-clinics/national-patient-safety-goals-npsg/000002237",
	}
	srcNCQADRR = evidence.Source{
		Title:     "Depression Remission or Response for Adolescents and Adults (DRR-E), HEDIS MY2023",
		Publisher: "National Committee for Quality Assurance",
		Year:      2023,
		Locator:   "Numerator 2, remission: most recent PHQ-9 < 5; Numerator 3, response: at least 50 percent lower than the index score",
		URL:       "https://www.ncqa.org/report-cards/health-plans/state-of-health-care-quality-report/measures-list/depression-remission-or-response-for-adolescents-and-adults-drr-e/",
	}
	srcLowe2004 = evidence.Source{
		Title:     "Monitoring depression treatment outcomes with the Patient Health Questionnaire-9",
		Publisher: "Med Care 42(12):1194-1201 (Löwe B, Unützer J, Callahan CM, Perkins AJ, Kroenke K)",
		Year:      2004,
		Locator:   "abstract: minimal clinically important difference for individual change, estimated as 2 standard errors of measurement, was 5 points",
		URL:       "https://journals.lww.com/lww-medicalcare/Abstract/2004/12000/Monitoring_Depression_Treatment_Outcomes_With_the.6.aspx",
	}
	// srcLowe2004SEM cites Löwe 2004 for the reliable-change figure this
	// package derives from it; the authors do not publish that figure.
	srcLowe2004SEM = withLocator(srcLowe2004, "derived, not published: the abstract gives 2 standard errors of "+
		"measurement as 5 points, so SEM = 2.5; the Jacobson-Truax threshold 1.96 x sqrt(2) x 2.5 = 6.93 points "+
		"is computed here from that SEM")
	srcJacobsonTruax = evidence.Source{
		Title:     "Clinical significance: a statistical approach to defining meaningful change in psychotherapy research",
		Publisher: "J Consult Clin Psychol 59(1):12-19 (Jacobson NS, Truax P)",
		Year:      1991,
		Locator:   "reliable change index RC = (x2 - x1) / S_diff, S_diff = sqrt(2 SE^2), reliable when |RC| > 1.96",
		URL:       "https://doi.org/10.1037/0022-006X.59.1.12",
	}
	srcKroenke2003 = evidence.Source{
		Title:     "The Patient Health Questionnaire-2: validity of a two-item depression screener",
		Publisher: "Med Care 41(11):1284-1292 (Kroenke K, Spitzer RL, Williams JBW)",
		Year:      2003,
		Locator:   "abstract: a PHQ-2 score of 3 was the optimal cutpoint for screening",
		URL:       "https://doi.org/10.1097/01.MLR.0000093487.78664.3C",
	}
	srcLOINCPHQ2 = evidence.Source{
		Title:     "LOINC 55757-9 PHQ-2 panel; 55758-7 PHQ-2 total score",
		Publisher: "Regenstrief Institute",
		Year:      2024,
		URL:       "https://loinc.org/55757-9",
	}
	srcSpitzer2006 = evidence.Source{
		Title:     "A brief measure for assessing generalized anxiety disorder: the GAD-7",
		Publisher: "Arch Intern Med 166(10):1092-1097 (Spitzer RL, Kroenke K, Williams JBW, Löwe B)",
		Year:      2006,
		Locator:   "abstract: cut point 10, sensitivity 89 %, specificity 82 %; 5, 10 and 15 as mild, moderate and severe",
		URL:       "https://doi.org/10.1001/archinte.166.10.1092",
	}
	srcLOINCGAD7 = evidence.Source{
		Title:     "LOINC 69737-5 GAD-7 panel; 70274-6 GAD-7 total score; LA18938-3 'More days than not' for item 68509-9",
		Publisher: "Regenstrief Institute",
		Year:      2024,
		URL:       "https://loinc.org/69737-5",
	}
	srcIAPT = evidence.Source{
		Title:     "Older adults respond better to psychological therapy than working-age adults: evidence from a large sample of mental health service attendees",
		Publisher: "J Affect Disord 294:85-93 (Saunders R, Buckman JEJ, Stott J, et al.), citing NHS Digital 2016",
		Year:      2021,
		Locator:   "Table 1: PHQ-9 caseness 10 or above, reliable improvement 6 or more; GAD-7 caseness 8 or higher, reliable improvement 4 or more",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC8411661/",
	}
	srcKroenke2007 = evidence.Source{
		Title:     "Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection",
		Publisher: "Ann Intern Med 146(5):317-325 (Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B)",
		Year:      2007,
		Locator:   "GAD-2 cut point of 3",
		URL:       "https://doi.org/10.7326/0003-4819-146-5-200703060-00004",
	}
	srcPCL5VA = evidence.Source{
		Title:     "PTSD Checklist for DSM-5 (PCL-5) and 'Using the PTSD Checklist for DSM-5 (PCL-5)'",
		Publisher: "US Department of Veterans Affairs, National Center for PTSD (Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP)",
		Year:      2013,
		Locator:   "scoring: total 0-80; cluster B items 1-5, C 6-7, D 8-14, E 15-20; an item rated 2 (Moderately) or higher counts as endorsed; provisional diagnosis needs 1 B, 1 C, 2 D and 2 E",
		URL:       "https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp",
	}
	srcBlevins2015 = evidence.Source{
		Title:     "The Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5): development and initial psychometric evaluation",
		Publisher: "J Trauma Stress 28(6):489-498 (Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL)",
		Year:      2015,
		URL:       "https://doi.org/10.1002/jts.22059",
	}
	srcBovin2016 = evidence.Source{
		Title:     "Psychometric properties of the PTSD Checklist for DSM-5 (PCL-5) in veterans",
		Publisher: "Psychol Assess 28(11):1379-1391 (Bovin MJ, Marx BP, Weathers FW, et al.)",
		Year:      2016,
		Locator:   "abstract: PCL-5 scores of 31 to 33 were optimally efficient for diagnosing PTSD",
		URL:       "https://doi.org/10.1037/pas0000254",
	}
	srcMarx2022 = evidence.Source{
		Title:     "Reliable and clinically significant change in the clinician-administered PTSD Scale for DSM-5 and PTSD Checklist for DSM-5 among male veterans",
		Publisher: "Psychol Assess 34(2):197-203 (Marx BP, Lee DJ, Norman SB, et al.)",
		Year:      2022,
		Locator:   "abstract: PCL-5 change of 15 (sample 1) or 18 (sample 2) indicated reliable change; 28 or less indicated clinically significant change",
		URL:       "https://www.hsrd.research.va.gov/research/citations/abstract.cfm?Identifier=157955",
	}
	srcLOINCPCL5 = evidence.Source{
		Title:     "LOINC 101697-1 PTSD checklist - civilian version DSM-5 [PCL-5]; 101698-9 PTSD PCL-5 score",
		Publisher: "Regenstrief Institute",
		Year:      2024,
		URL:       "https://loinc.org/101697-1",
	}
	srcPrins2016 = evidence.Source{
		Title:     "The Primary Care PTSD Screen for DSM-5 (PC-PTSD-5): development and evaluation within a veteran primary care sample",
		Publisher: "J Gen Intern Med 31(10):1206-1211 (Prins A, Bovin MJ, Smolenski DJ, et al.)",
		Year:      2016,
		Locator:   "form: 'If No, screen total = 0'; abstract: cut score 3 maximized sensitivity, 4 efficiency",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC5023594/",
	}
	srcPCPTSD5VA = evidence.Source{
		Title:     "Primary Care PTSD Screen for DSM-5 (PC-PTSD-5)",
		Publisher: "US Department of Veterans Affairs, National Center for PTSD",
		Year:      2016,
		Locator:   "the screen and its scoring: a trauma exposure question, then a count of yes answers to five items",
		URL:       "https://www.ptsd.va.gov/professional/assessment/screens/pc-ptsd.asp",
	}
	srcBovin2021 = evidence.Source{
		Title:     "Diagnostic accuracy and acceptability of the Primary Care Posttraumatic Stress Disorder Screen for the DSM-5 (PC-PTSD-5) among US veterans",
		Publisher: "JAMA Netw Open 4(2):e2036733 (Bovin MJ, Kimerling R, Weathers FW, Prins A, Marx BP, Post EP, Schnurr PP)",
		Year:      2021,
		Locator:   "Key Points and abstract: in 396 VA primary care patients a cut point of 4 best balanced false negatives and false positives overall and for men; women may require a lower cut point, a score of 3",
		URL:       "https://doi.org/10.1001/jamanetworkopen.2020.36733",
	}
	srcVistAAUDIT = evidence.Source{
		Title:     "VistA Mental Health Assistant: AUDIT instrument specification (MH TEST/SURVEY SPEC, file 601.712, entry 6)",
		Publisher: "US Department of Veterans Affairs, VistA (published through the VistA Document Library viewer, Vivian)",
		Year:      2022,
		Locator:   "skip rule: an answer of Never to question 1 skips questions 2-8",
		URL:       "https://vivian.worldvista.org/vivian-data/601_712/601.712-6.html",
	}
	srcBabor2001 = evidence.Source{
		Title:     "AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care, 2nd ed. (WHO/MSD/MSB/01.6a)",
		Publisher: "World Health Organization (Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG)",
		Year:      2001,
		URL:       "https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a",
	}
	srcLOINCAUDIT = evidence.Source{
		Title:     "LOINC 72110-0 AUDIT panel; 75624-7 AUDIT total score; answer lists LL2179-1, LL2180-9, LL2181-7",
		Publisher: "Regenstrief Institute",
		Year:      2024,
		URL:       "https://loinc.org/72110-0",
	}
	srcBradley2003 = evidence.Source{
		Title:     "Two brief alcohol-screening tests from the Alcohol Use Disorders Identification Test (AUDIT): validation in a female Veterans Affairs patient population",
		Publisher: "Arch Intern Med 163(7):821-829 (Bradley KA, Bush KR, Epler AJ, et al.), PMID 12695273",
		Year:      2003,
		URL:       "https://doi.org/10.1001/archinte.163.7.821",
	}
	srcLOINCAUDITC = evidence.Source{
		Title:     "LOINC 72109-2 AUDIT-C panel; 75626-2 Total score [AUDIT-C]",
		Publisher: "Regenstrief Institute",
		Year:      2024,
		Locator:   "75626-2 description: 4 or more for men and 3 or more for women is considered positive for hazardous drinking or active alcohol use disorders",
		URL:       "https://loinc.org/75626-2",
	}
	srcASQ = evidence.Source{
		Title:     "Ask Suicide-Screening Questions (ASQ) Toolkit",
		Publisher: "National Institute of Mental Health",
		Year:      2020,
		Locator:   "screening tool and suicide risk screening pathways: yes to any of questions 1-4, or refusal to answer, is a positive screen; question 5 yes is an acute positive screen",
		URL:       "https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials",
	}
	srcASQAdult = evidence.Source{
		Title:     "Adult Emergency Department Brief Suicide Safety Assessment Guide",
		Publisher: "National Institute of Mental Health, ASQ Toolkit",
		Year:      2020,
		Locator:   "'Are you having thoughts of killing yourself right now?' If yes, patient requires an urgent/STAT mental health evaluation and cannot be left alone",
		URL:       "https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials/adult-ed/adult-emergency-department-brief-suicide-safety-assessment-guide",
	}
	srcASQYouth = evidence.Source{
		Title:     "Youth Outpatient Suicide Risk Screening Pathway",
		Publisher: "National Institute of Mental Health, ASQ Toolkit",
		Year:      2020,
		Locator:   "non-acute positive screen: conduct a brief suicide safety assessment (BSSA)",
		URL:       "https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials/youth-outpatient/suicide-risk-screening-pathway-outpatient-flowchart-description",
	}
	srcTopp2015 = evidence.Source{
		Title:     "The WHO-5 Well-Being Index: a systematic review of the literature",
		Publisher: "Psychother Psychosom 84(3):167-176 (Topp CW, Østergaard SD, Søndergaard S, Bech P)",
		Year:      2015,
		URL:       "https://doi.org/10.1159/000376585",
	}
	srcWHO5Owner = evidence.Source{
		Title:     "WHO-Five Well-being Index (WHO-5): scoring",
		Publisher: "Psychiatric Research Unit, Mental Health Centre North Zealand",
		Year:      1998,
		Locator:   "raw score below 13, or 0-1 on any item, indicates poor well-being: test for depression; a 10 % difference in the percentage score indicates a significant change",
		URL:       "https://www.psykiatri-regionh.dk/who-5/",
	}
	srcFelitti1998 = evidence.Source{
		Title:     "Relationship of childhood abuse and household dysfunction to many of the leading causes of death in adults: the Adverse Childhood Experiences (ACE) Study",
		Publisher: "Am J Prev Med 14(4):245-258 (Felitti VJ, Anda RF, Nordenberg D, et al.), PMID 9635069",
		Year:      1998,
		URL:       "https://doi.org/10.1016/S0749-3797(98)00017-8",
	}
	srcAnda2020 = evidence.Source{
		Title:     "Inside the adverse childhood experience score: strengths, limitations, and misapplications",
		Publisher: "Am J Prev Med 59(2):293-295 (Anda RF, Porter LE, Brown DW)",
		Year:      2020,
		URL:       "https://doi.org/10.1016/j.amepre.2020.01.009",
	}
	srcLOINCACE = evidence.Source{
		Title:     "LOINC 82813-7 Adverse Childhood Experiences [ACE]",
		Publisher: "Regenstrief Institute",
		Year:      2024,
		URL:       "https://loinc.org/82813-7",
	}
)

// Option sets shared by several items.
var (
	// LOINC LL358-3, the PHQ frequency answers.
	phqFrequency = []Option{
		{Value: 0, Label: en("Not at all"), Code: "LA6568-5"},
		{Value: 1, Label: en("Several days"), Code: "LA6569-3"},
		{Value: 2, Label: en("More than half the days"), Code: "LA6570-1"},
		{Value: 3, Label: en("Nearly every day"), Code: "LA6571-9"},
	}
	// LOINC's GAD-7 form answers item 2 with LA18938-3 as the third option.
	gadItem2Frequency = []Option{
		{Value: 0, Label: en("Not at all"), Code: "LA6568-5"},
		{Value: 1, Label: en("Several days"), Code: "LA6569-3"},
		{Value: 2, Label: en("More than half the days"), Code: "LA6570-1", AltCodes: []LOINC{"LA18938-3"}},
		{Value: 3, Label: en("Nearly every day"), Code: "LA6571-9"},
	}
	// LOINC LL359-1, the unscored difficulty question. Its values order the
	// answers; they are never added to a total.
	difficulty = []Option{
		{Value: 0, Label: en("Not difficult at all"), Code: "LA6572-7"},
		{Value: 1, Label: en("Somewhat difficult"), Code: "LA6573-5"},
		{Value: 2, Label: en("Very difficult"), Code: "LA6575-0"},
		{Value: 3, Label: en("Extremely difficult"), Code: "LA6574-3"},
	}
	pclOptions = []Option{
		{Value: 0, Label: en("Not at all")},
		{Value: 1, Label: en("A little bit")},
		{Value: 2, Label: en("Moderately")},
		{Value: 3, Label: en("Quite a bit")},
		{Value: 4, Label: en("Extremely")},
	}
	yesNo = []Option{
		{Value: 0, Label: en("No"), Code: "LA32-8"},
		{Value: 1, Label: en("Yes"), Code: "LA33-6"},
	}
	auditQ1 = []Option{
		{Value: 0, Label: en("Never"), Code: "LA6270-8"},
		{Value: 1, Label: en("Monthly or less"), Code: "LA18926-8"},
		{Value: 2, Label: en("2 to 4 times a month"), Code: "LA18927-6"},
		{Value: 3, Label: en("2 to 3 times a week"), Code: "LA18928-4"},
		{Value: 4, Label: en("4 or more times a week"), Code: "LA18929-2"},
	}
	auditQ2 = []Option{
		{Value: 0, Label: en("1 or 2"), Code: "LA15694-5"},
		{Value: 1, Label: en("3 or 4"), Code: "LA15695-2"},
		{Value: 2, Label: en("5 or 6"), Code: "LA18930-0"},
		{Value: 3, Label: en("7 to 9"), Code: "LA18931-8"},
		{Value: 4, Label: en("10 or more"), Code: "LA18932-6"},
	}
	// LL2181-7 is LOINC's list for question 3; questions 4-8 share the
	// labels, but their LOINC answer codes were not confirmed, so only
	// question 3 carries codes.
	auditQ3 = []Option{
		{Value: 0, Label: en("Never"), Code: "LA6270-8"},
		{Value: 1, Label: en("Less than monthly"), Code: "LA18933-4"},
		{Value: 2, Label: en("Monthly"), Code: "LA18876-5"},
		{Value: 3, Label: en("Weekly"), Code: "LA18891-4"},
		{Value: 4, Label: en("Daily or almost daily"), Code: "LA18934-2"},
	}
	auditFrequency = []Option{
		{Value: 0, Label: en("Never")},
		{Value: 1, Label: en("Less than monthly")},
		{Value: 2, Label: en("Monthly")},
		{Value: 3, Label: en("Weekly")},
		{Value: 4, Label: en("Daily or almost daily")},
	}
	auditHarm = []Option{
		{Value: 0, Label: en("No")},
		{Value: 2, Label: en("Yes, but not in the last year")},
		{Value: 4, Label: en("Yes, during the last year")},
	}
	who5Options = []Option{
		{Value: 5, Label: en("All of the time")},
		{Value: 4, Label: en("Most of the time")},
		{Value: 3, Label: en("More than half of the time")},
		{Value: 2, Label: en("Less than half of the time")},
		{Value: 1, Label: en("Some of the time")},
		{Value: 0, Label: en("At no time")},
	}
)

const (
	licensePHQ = "Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, " +
		"Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission is " +
		"required to reproduce, translate, display or distribute."
	licenseVA = "Developed by staff of the US Department of Veterans Affairs National Center for PTSD; " +
		"a work of the US Government, in the public domain."
)

var phqItems = []Item{
	{ID: "1", Code: "44250-9", Text: en("Little interest or pleasure in doing things"), Options: phqFrequency},
	{ID: "2", Code: "44255-8", Text: en("Feeling down, depressed, or hopeless"), Options: phqFrequency},
	{ID: "3", Code: "44259-0", Text: en("Trouble falling or staying asleep, or sleeping too much"), Options: phqFrequency},
	{ID: "4", Code: "44254-1", Text: en("Feeling tired or having little energy"), Options: phqFrequency},
	{ID: "5", Code: "44251-7", Text: en("Poor appetite or overeating"), Options: phqFrequency},
	{ID: "6", Code: "44258-2", Text: en("Feeling bad about yourself — or that you are a failure or have let yourself or your family down"), Options: phqFrequency},
	{ID: "7", Code: "44252-5", Text: en("Trouble concentrating on things, such as reading the newspaper or watching television"), Options: phqFrequency},
	{ID: "8", Code: "44253-3", Text: en("Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual"), Options: phqFrequency},
	{ID: "9", Code: "44260-8", Text: en("Thoughts that you would be better off dead or of hurting yourself in some way"), Options: phqFrequency},
	{ID: "difficulty", Code: "69722-7", Unscored: true, Optional: true,
		Text:    en("If you checked off any problem on this questionnaire so far, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?"),
		Options: difficulty},
}

var gadItems = []Item{
	{ID: "1", Code: "69725-0", Text: en("Feeling nervous, anxious, or on edge"), Options: phqFrequency},
	{ID: "2", Code: "68509-9", Text: en("Not being able to stop or control worrying"), Options: gadItem2Frequency},
	{ID: "3", Code: "69733-4", Text: en("Worrying too much about different things"), Options: phqFrequency},
	{ID: "4", Code: "69734-2", Text: en("Trouble relaxing"), Options: phqFrequency},
	{ID: "5", Code: "69735-9", Text: en("Being so restless that it is hard to sit still"), Options: phqFrequency},
	{ID: "6", Code: "69689-8", Text: en("Becoming easily annoyed or irritable"), Options: phqFrequency},
	{ID: "7", Code: "69736-7", Text: en("Feeling afraid, as if something awful might happen"), Options: phqFrequency},
	{ID: "difficulty", Unscored: true, Optional: true,
		Text:    en("If you checked any problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?"),
		Options: difficulty},
}

var auditItems = []Item{
	{ID: "1", Code: "68518-0", Text: en("How often do you have a drink containing alcohol?"), Options: auditQ1},
	{ID: "2", Code: "68519-8", Text: en("How many standard drinks containing alcohol do you have on a typical day when drinking?"), Options: auditQ2},
	{ID: "3", Code: "68520-6", Text: en("How often do you have six or more drinks on one occasion?"), Options: auditQ3},
	{ID: "4", Code: "97734-8", Text: en("During the past year, how often have you found that you were not able to stop drinking once you had started?"), Options: auditFrequency},
	{ID: "5", Code: "97735-5", Text: en("During the past year, how often have you failed to do what was normally expected of you because of drinking?"), Options: auditFrequency},
	{ID: "6", Code: "97736-3", Text: en("During the past year, how often have you needed a drink in the morning to get yourself going after a heavy drinking session?"), Options: auditFrequency},
	{ID: "7", Code: "97737-1", Text: en("During the past year, how often have you had a feeling of guilt or remorse after drinking?"), Options: auditFrequency},
	{ID: "8", Code: "97738-9", Text: en("During the past year, how often have you been unable to remember what happened the night before because you had been drinking?"), Options: auditFrequency},
	{ID: "9", Code: "97739-7", Text: en("Have you or someone else been injured as a result of your drinking?"), Options: auditHarm},
	{ID: "10", Code: "97740-5", Text: en("Has a relative or friend, doctor or other health worker been concerned about your drinking or suggested you cut down?"), Options: auditHarm},
}

// phq9Item9 is the PHQ-9 suicide-item rule. Flagging any answer above "Not
// at all" is widespread practice rather than a rule printed by the PHQ's
// authors; the risk data and the accreditation standard below are its basis.
var phq9Item9 = FlagRule{
	Any: []ItemRange{{Item: "9", Min: 1, Max: 3}},
	Flag: Flag{
		ID:      "phq-9/item-9",
		Urgency: UrgencySameDay,
		Reason: "Item 9 asks about thoughts of being better off dead or of self-harm; any answer above " +
			"'Not at all' is associated with a higher risk of suicide attempt and suicide death, " +
			"rising with the frequency reported.",
		Action: "Complete a suicide risk assessment with an evidence-based process before the person " +
			"leaves today, whatever the total score, and document the level of risk and the safety plan.",
		Sources: []evidence.Source{srcSimon2013, srcLouzon2016, srcTJCSuicide},
	},
}

func instruments() []Instrument {
	return []Instrument{
		{
			ID: PHQ9, Abbrev: "PHQ-9", Name: "Patient Health Questionnaire-9",
			Measures:     "depression severity",
			Languages:    english,
			Instructions: en("Over the last 2 weeks, how often have you been bothered by any of the following problems?"),
			Items:        phqItems,
			TotalLabel:   "total score",
			Bands: []Band{
				{Min: 0, Max: 4, Label: "none to minimal"},
				{Min: 5, Max: 9, Label: "mild"},
				{Min: 10, Max: 14, Label: "moderate"},
				{Min: 15, Max: 19, Label: "moderately severe"},
				{Min: 20, Max: 27, Label: "severe"},
			},
			BandSources: []evidence.Source{withLocator(srcKroenke2001, "abstract: scores of 5, 10, 15 and 20 represented mild, moderate, moderately severe and severe depression"), srcLOINCPHQ9},
			Cutoff: Cutoff{Min: 10,
				Note:    "A total of 10 or more had a sensitivity and specificity of 88 % for major depression.",
				Sources: []evidence.Source{withLocator(srcKroenke2001, "abstract")}},
			Flags: []FlagRule{phq9Item9},
			Outcome: Outcome{
				ResponsePercent: 50,
				RemissionBelow:  5,
				ReliableChange:  ReliableChangeFromSEM(2.5),
				Note: "Response and remission as NCQA defines them. The reliable-change threshold is derived, " +
					"not published: Jacobson and Truax's 1.96 x sqrt(2) x SEM with the standard error of " +
					"measurement of 2.5 points implied by Löwe 2004 (2 SEM = 5 points), so a change of 7 " +
					"points or more.",
				Sources: []evidence.Source{srcNCQADRR, srcLowe2004SEM, srcJacobsonTruax},
			},
			Panel: "44249-1", Total: "44261-6",
			License: licensePHQ,
			Sources: []evidence.Source{srcKroenke2001, srcLOINCPHQ9, srcPHQLicense},
		},
		{
			ID: PHQ2, Abbrev: "PHQ-2", Name: "Patient Health Questionnaire-2",
			Measures:     "depressed mood and loss of interest (depression screen)",
			Languages:    english,
			Instructions: en("Over the last 2 weeks, how often have you been bothered by any of the following problems?"),
			Items:        phqItems[:2],
			TotalLabel:   "total score",
			Cutoff: Cutoff{Min: 3,
				Note: "3 is the authors' optimal cut-point (sensitivity 83 %, specificity 92 % for major " +
					"depression); a cut-off of 2 detects more cases at lower specificity.",
				Sources: []evidence.Source{srcKroenke2003}},
			Panel: "55757-9", Total: "55758-7",
			License: licensePHQ,
			Sources: []evidence.Source{srcKroenke2003, srcLOINCPHQ2, srcPHQLicense},
		},
		{
			ID: GAD7, Abbrev: "GAD-7", Name: "Generalized Anxiety Disorder 7-item scale",
			Measures:     "anxiety severity",
			Languages:    english,
			Instructions: en("Over the last 2 weeks, how often have you been bothered by the following problems?"),
			Items:        gadItems,
			TotalLabel:   "total score",
			Bands: []Band{
				{Min: 0, Max: 4, Label: "minimal"},
				{Min: 5, Max: 9, Label: "mild"},
				{Min: 10, Max: 14, Label: "moderate"},
				{Min: 15, Max: 21, Label: "severe"},
			},
			BandSources: []evidence.Source{srcSpitzer2006},
			Cutoff: Cutoff{Min: 10,
				Note:    "A total of 10 or more had a sensitivity of 89 % and a specificity of 82 % for generalized anxiety disorder.",
				Sources: []evidence.Source{srcSpitzer2006}},
			Outcome: Outcome{
				ReliableChange: 4,
				Note: "Reliable improvement as NHS Talking Therapies (formerly IAPT) reads the GAD-7: a " +
					"reduction of 4 points or more. No remission threshold is defined for the GAD-7 here.",
				Sources: []evidence.Source{srcIAPT},
			},
			Panel: "69737-5", Total: "70274-6",
			License: licensePHQ,
			Sources: []evidence.Source{srcSpitzer2006, srcLOINCGAD7, srcPHQLicense},
		},
		{
			ID: GAD2, Abbrev: "GAD-2", Name: "Generalized Anxiety Disorder 2-item scale",
			Measures:     "anxiety screen",
			Languages:    english,
			Instructions: en("Over the last 2 weeks, how often have you been bothered by the following problems?"),
			Items:        gadItems[:2],
			TotalLabel:   "total score",
			Cutoff: Cutoff{Min: 3,
				Note:    "3 is the preferred cut-point for generalized anxiety disorder.",
				Sources: []evidence.Source{srcKroenke2007}},
			License: licensePHQ,
			Sources: []evidence.Source{srcKroenke2007, srcLOINCGAD7, srcPHQLicense},
		},
		{
			ID: PCL5, Abbrev: "PCL-5", Name: "PTSD Checklist for DSM-5",
			Measures:  "PTSD symptom severity (DSM-5 clusters B-E)",
			Languages: english,
			Instructions: en("Below is a list of problems that people sometimes have in response to a very stressful " +
				"experience. Please read each problem carefully and then circle one of the numbers to the right " +
				"to indicate how much you have been bothered by that problem in the past month. In the past " +
				"month, how much were you bothered by:"),
			Items: []Item{
				{ID: "1", Text: en("Repeated, disturbing, and unwanted memories of the stressful experience?"), Options: pclOptions},
				{ID: "2", Text: en("Repeated, disturbing dreams of the stressful experience?"), Options: pclOptions},
				{ID: "3", Text: en("Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?"), Options: pclOptions},
				{ID: "4", Text: en("Feeling very upset when something reminded you of the stressful experience?"), Options: pclOptions},
				{ID: "5", Text: en("Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?"), Options: pclOptions},
				{ID: "6", Text: en("Avoiding memories, thoughts, or feelings related to the stressful experience?"), Options: pclOptions},
				{ID: "7", Text: en("Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?"), Options: pclOptions},
				{ID: "8", Text: en("Trouble remembering important parts of the stressful experience?"), Options: pclOptions},
				{ID: "9", Text: en("Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?"), Options: pclOptions},
				{ID: "10", Text: en("Blaming yourself or someone else for the stressful experience or what happened after it?"), Options: pclOptions},
				{ID: "11", Text: en("Having strong negative feelings such as fear, horror, anger, guilt, or shame?"), Options: pclOptions},
				{ID: "12", Text: en("Loss of interest in activities that you used to enjoy?"), Options: pclOptions},
				{ID: "13", Text: en("Feeling distant or cut off from other people?"), Options: pclOptions},
				{ID: "14", Text: en("Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?"), Options: pclOptions},
				{ID: "15", Text: en("Irritable behavior, angry outbursts, or acting aggressively?"), Options: pclOptions},
				{ID: "16", Text: en("Taking too many risks or doing things that could cause you harm?"), Options: pclOptions},
				{ID: "17", Text: en("Being \"superalert\" or watchful or on guard?"), Options: pclOptions},
				{ID: "18", Text: en("Feeling jumpy or easily startled?"), Options: pclOptions},
				{ID: "19", Text: en("Having difficulty concentrating?"), Options: pclOptions},
				{ID: "20", Text: en("Trouble falling or staying asleep?"), Options: pclOptions},
			},
			TotalLabel: "total symptom severity score",
			Subscales: []Subscale{
				{ID: "B", Name: "intrusion (cluster B)", Items: []string{"1", "2", "3", "4", "5"}},
				{ID: "C", Name: "avoidance (cluster C)", Items: []string{"6", "7"}},
				{ID: "D", Name: "negative alterations in cognitions and mood (cluster D)", Items: []string{"8", "9", "10", "11", "12", "13", "14"}},
				{ID: "E", Name: "alterations in arousal and reactivity (cluster E)", Items: []string{"15", "16", "17", "18", "19", "20"}},
			},
			Criteria: []Criterion{{
				ID:   "provisional-ptsd",
				Name: "DSM-5 symptom criteria met for a provisional PTSD diagnosis (1 B, 1 C, 2 D and 2 E items rated 2 or higher)",
				Requirements: []Requirement{
					{Items: []string{"1", "2", "3", "4", "5"}, Threshold: 2, Min: 1},
					{Items: []string{"6", "7"}, Threshold: 2, Min: 1},
					{Items: []string{"8", "9", "10", "11", "12", "13", "14"}, Threshold: 2, Min: 2},
					{Items: []string{"15", "16", "17", "18", "19", "20"}, Threshold: 2, Min: 2},
				},
				Sources: []evidence.Source{srcPCL5VA},
			}},
			Cutoff: Cutoff{Min: 31,
				Note: "The National Center for PTSD reports 31-33 as indicative of probable PTSD and advises a " +
					"lower cut-point for screening; use 33 to make a provisional diagnosis or to reduce false " +
					"positives.",
				Sources: []evidence.Source{srcPCL5VA, srcBovin2016}},
			Outcome: Outcome{
				EndPointBelow:  29,
				ReliableChange: 15,
				Note: "Reliable change of 15 points, and 28 or less as the end point of clinically significant " +
					"change (more likely in the non-PTSD than the PTSD population), as Marx et al. 2022 " +
					"computed the Jacobson-Truax criteria for the PCL-5 in male veterans; their second sample " +
					"gave 18 points for reliable change. Marx et al. do not call the end point remission.",
				Sources: []evidence.Source{srcMarx2022, srcJacobsonTruax},
			},
			Panel: "101697-1", Total: "101698-9",
			License: licenseVA,
			Sources: []evidence.Source{srcPCL5VA, srcBlevins2015, srcLOINCPCL5},
		},
		{
			ID: PCPTSD5, Abbrev: "PC-PTSD-5", Name: "Primary Care PTSD Screen for DSM-5",
			Measures:  "PTSD screen",
			Languages: english,
			Instructions: en("Sometimes things happen to people that are unusually or especially frightening, horrible, " +
				"or traumatic. For example: a serious accident or fire; a physical or sexual assault or abuse; an " +
				"earthquake or flood; a war; seeing someone be killed or seriously injured; having a loved one die " +
				"through homicide or suicide."),
			Items: []Item{
				{ID: "exposure", Unscored: true, Text: en("Have you ever experienced this kind of event?"), Options: yesNo},
				{ID: "1", Text: en("In the past month, have you had nightmares about the event(s) or thought about the event(s) when you did not want to?"), Options: yesNo},
				{ID: "2", Text: en("In the past month, have you tried hard not to think about the event(s) or went out of your way to avoid situations that reminded you of the event(s)?"), Options: yesNo},
				{ID: "3", Text: en("In the past month, have you been constantly on guard, watchful, or easily startled?"), Options: yesNo},
				{ID: "4", Text: en("In the past month, have you felt numb or detached from people, activities, or your surroundings?"), Options: yesNo},
				{ID: "5", Text: en("In the past month, have you felt guilty or unable to stop blaming yourself or others for the event(s) or any problems the event(s) may have caused?"), Options: yesNo},
			},
			TotalLabel: "number of yes answers",
			Skips: []SkipRule{{If: []string{"exposure"}, Then: []string{"1", "2", "3", "4", "5"},
				Sources: []evidence.Source{srcPrins2016}}},
			Cutoff: Cutoff{Female: 3, Male: 4,
				Note: "In VA primary care a cut point of 4 best balanced false negatives and false positives " +
					"overall and for men, and women may require 3 (Bovin 2021); in the development study 3 " +
					"maximized sensitivity and 4 efficiency (Prins 2016). Where sex is other or not known, a " +
					"total of 3 reads indeterminate. The samples were veterans; other settings may call for " +
					"another cut point.",
				Sources: []evidence.Source{srcBovin2021, srcPrins2016}},
			License: licenseVA,
			Sources: []evidence.Source{srcPrins2016, srcPCPTSD5VA},
		},
		{
			ID: AUDIT, Abbrev: "AUDIT", Name: "Alcohol Use Disorders Identification Test",
			Measures:  "hazardous and harmful alcohol use and possible dependence",
			Languages: english,
			Instructions: en("Because alcohol use can affect your health and can interfere with certain medications and " +
				"treatments, it is important that we ask some questions about your use of alcohol. Your answers " +
				"will remain confidential so please be honest."),
			Items:      auditItems,
			TotalLabel: "total score",
			Skips: []SkipRule{
				{If: []string{"1"}, Then: []string{"2", "3", "4", "5", "6", "7", "8"}, Sources: []evidence.Source{srcBabor2001}},
				{If: []string{"2", "3"}, Then: []string{"4", "5", "6", "7", "8"}, Sources: []evidence.Source{srcBabor2001}},
			},
			Bands: []Band{
				{Min: 0, Max: 7, Label: "zone I: low risk"},
				{Min: 8, Max: 15, Label: "zone II: hazardous"},
				{Min: 16, Max: 19, Label: "zone III: harmful"},
				{Min: 20, Max: 40, Label: "zone IV: possible dependence"},
			},
			BandSources: []evidence.Source{withLocator(srcBabor2001, "risk levels and interventions by total score")},
			Cutoff: Cutoff{Min: 8,
				Note:    "8 or more indicates hazardous and harmful alcohol use and possibly dependence.",
				Sources: []evidence.Source{srcBabor2001, srcLOINCAUDIT}},
			Flags: []FlagRule{{
				Any: []ItemRange{
					{Item: "4", Min: 2, Max: 4}, {Item: "5", Min: 2, Max: 4}, {Item: "6", Min: 2, Max: 4},
					{Item: "9", Min: 4, Max: 4}, {Item: "10", Min: 4, Max: 4},
				},
				Flag: Flag{
					ID:      "audit/item-escalation",
					Urgency: UrgencyRoutine,
					Reason: "A score of 2 or more on questions 4, 5 or 6 suggests alcohol dependence, and 4 on " +
						"question 9 or 10 means alcohol-related harm in the last year, whatever the total.",
					Action:  "Provide the next highest level of intervention than the total's risk zone indicates.",
					Sources: []evidence.Source{withLocator(srcBabor2001, "interpretation of item scores")},
				},
			}},
			Panel: "72110-0", Total: "75624-7",
			License: "Copyright © 2001 World Health Organization. The AUDIT may be freely reviewed, abstracted, " +
				"reproduced and translated, but not for sale or for use in conjunction with commercial purposes; " +
				"LOINC describes it as a WHO-approved instrument in the public domain.",
			Sources: []evidence.Source{srcBabor2001, srcLOINCAUDIT},
		},
		{
			ID: AUDITC, Abbrev: "AUDIT-C", Name: "Alcohol Use Disorders Identification Test - Consumption",
			Measures:   "hazardous drinking or active alcohol use disorder (screen)",
			Languages:  english,
			Items:      auditItems[:3],
			TotalLabel: "total score",
			Instructions: en("Because alcohol use can affect your health and can interfere with certain medications and " +
				"treatments, it is important that we ask some questions about your use of alcohol. Your answers " +
				"will remain confidential so please be honest."),
			Skips: []SkipRule{{If: []string{"1"}, Then: []string{"2", "3"},
				Sources: []evidence.Source{
					withLocator(srcBabor2001, "AUDIT interview version: if the score for question 1 is 0, skip to question 9 (AUDIT-C's questions 2 and 3 are AUDIT questions 2 and 3)"),
					srcVistAAUDIT,
				}}},
			Cutoff: Cutoff{Female: 3, Male: 4,
				Note: "Positive at 4 or more for men and 3 or more for women. When all points come from " +
					"question 1 (questions 2 and 3 score 0), drinking is likely below recommended limits.",
				Sources: []evidence.Source{srcLOINCAUDITC, srcBradley2003}},
			Panel: "72109-2", Total: "75626-2",
			License: "AUDIT-C is available for use in the public domain (its items are AUDIT questions 1-3, " +
				"Copyright © 2001 World Health Organization).",
			Sources: []evidence.Source{srcBradley2003, srcLOINCAUDITC, srcBabor2001},
		},
		{
			ID: ASQ, Abbrev: "ASQ", Name: "Ask Suicide-Screening Questions",
			Measures:     "suicide risk (screen)",
			Languages:    english,
			Instructions: en("Ask the patient:"),
			Items: []Item{
				{ID: "1", Text: en("In the past few weeks, have you wished you were dead?"), Options: yesNo},
				{ID: "2", Text: en("In the past few weeks, have you felt that you or your family would be better off if you were dead?"), Options: yesNo},
				{ID: "3", Text: en("In the past week, have you been having thoughts about killing yourself?"), Options: yesNo},
				{ID: "4", Text: en("Have you ever tried to kill yourself?"), Options: yesNo},
				{ID: "5", Unscored: true, Text: en("Are you having thoughts of killing yourself right now?"), Options: yesNo},
			},
			TotalLabel:         "number of yes answers to questions 1-4",
			DeclinedIsPositive: true,
			Skips: []SkipRule{{If: []string{"1", "2", "3", "4"}, Then: []string{"5"},
				Sources: []evidence.Source{srcASQ}}},
			Cutoff: Cutoff{Min: 1,
				Note: "Yes to any of questions 1-4, or a refusal to answer, is a positive screen. The " +
					"refusal rule is published for young people; it is applied to adults too, as the " +
					"safer reading.",
				Sources: []evidence.Source{srcASQ, srcASQYouth}},
			Flags: []FlagRule{
				{
					Any: []ItemRange{{Item: "5", Min: 1, Max: 1}},
					Flag: Flag{
						ID:      "asq/acute-positive",
						Urgency: UrgencyEmergency,
						Reason:  "Yes to question 5 is an acute positive screen: imminent risk of suicide.",
						Action: "Keep the person safe and under direct observation; they need a STAT full " +
							"mental health and safety evaluation and cannot leave until evaluated.",
						Sources: []evidence.Source{srcASQAdult, srcASQYouth},
					},
				},
				{
					OnPositive: true,
					Unless:     "asq/acute-positive",
					Flag: Flag{
						ID:      "asq/non-acute-positive",
						Urgency: UrgencySameDay,
						Reason:  "A positive screen without a yes to question 5 is a non-acute positive: potential risk of suicide.",
						Action: "Conduct a brief suicide safety assessment before the person leaves to decide " +
							"whether a full mental health evaluation is needed.",
						Sources: []evidence.Source{srcASQYouth, srcASQAdult},
					},
				},
			},
			License: "Developed by the National Institute of Mental Health; a free resource.",
			Sources: []evidence.Source{srcASQ},
		},
		{
			ID: WHO5, Abbrev: "WHO-5", Name: "WHO-Five Well-Being Index",
			Measures:  "current mental well-being",
			Languages: english,
			Instructions: en("Please indicate for each of the five statements which is closest to how you have been " +
				"feeling over the last two weeks. Notice that higher numbers mean better well-being."),
			Items: []Item{
				{ID: "1", Text: en("I have felt cheerful and in good spirits"), Options: who5Options},
				{ID: "2", Text: en("I have felt calm and relaxed"), Options: who5Options},
				{ID: "3", Text: en("I have felt active and vigorous"), Options: who5Options},
				{ID: "4", Text: en("I woke up feeling fresh and rested"), Options: who5Options},
				{ID: "5", Text: en("My daily life has been filled with things that interest me"), Options: who5Options},
			},
			TotalLabel: "raw score (the percentage score is 4 times the raw score)",
			Cutoff: Cutoff{Max: 12,
				Note: "A raw score below 13 (a percentage score of 50 or less) indicates poor well-being " +
					"and is an indication for testing for depression.",
				Sources: []evidence.Source{srcWHO5Owner, srcTopp2015}},
			Flags: []FlagRule{{
				Any: []ItemRange{
					{Item: "1", Min: 0, Max: 1}, {Item: "2", Min: 0, Max: 1}, {Item: "3", Min: 0, Max: 1},
					{Item: "4", Min: 0, Max: 1}, {Item: "5", Min: 0, Max: 1},
				},
				Flag: Flag{
					ID:      "who-5/low-item",
					Urgency: UrgencyRoutine,
					Reason:  "An answer of 0 or 1 to any item indicates poor well-being in that area, whatever the total.",
					Action:  "Test for depression.",
					Sources: []evidence.Source{srcWHO5Owner},
				},
			}},
			Outcome: Outcome{
				HigherIsBetter: true,
				ReliableChange: 2.5,
				Note: "A 10 % difference in the percentage score (2.5 raw points) indicates a significant " +
					"change, by the owner's scoring rule; a clinical sample has reported a larger smallest " +
					"detectable change, so read small changes with care.",
				Sources: []evidence.Source{srcWHO5Owner},
			},
			License: "Psychiatric Research Unit, Mental Health Centre North Zealand. Free of charge and does " +
				"not require permission to use; any deviation from a published language version must be " +
				"marked as such.",
			Sources: []evidence.Source{srcTopp2015, srcWHO5Owner},
		},
		{
			ID: ACE, Abbrev: "ACE", Name: "Adverse Childhood Experiences questionnaire",
			Measures:     "exposure to ten categories of adverse childhood experience before age 18",
			Languages:    english,
			Instructions: en("While you were growing up, during your first 18 years of life:"),
			Items: []Item{
				{ID: "1", Code: "82814-5", Options: yesNo, Text: en("Did a parent or other adult in the household often or very often… Swear at you, insult you, put you down, or humiliate you? or Act in a way that made you afraid that you might be physically hurt?")},
				{ID: "2", Code: "82815-2", Options: yesNo, Text: en("Did a parent or other adult in the household often or very often… Push, grab, slap, or throw something at you? or Ever hit you so hard that you had marks or were injured?")},
				{ID: "3", Code: "82816-0", Options: yesNo, Text: en("Did an adult or person at least 5 years older than you ever… Touch or fondle you or have you touch their body in a sexual way? or Attempt or actually have oral, anal, or vaginal intercourse with you?")},
				{ID: "4", Code: "82817-8", Options: yesNo, Text: en("Did you often or very often feel that… No one in your family loved you or thought you were important or special? or Your family didn’t look out for each other, feel close to each other, or support each other?")},
				{ID: "5", Code: "82818-6", Options: yesNo, Text: en("Did you often or very often feel that… You didn’t have enough to eat, had to wear dirty clothes, and had no one to protect you? or Your parents were too drunk or high to take care of you or take you to the doctor if you needed it?")},
				{ID: "6", Options: yesNo, Text: en("Were your parents ever separated or divorced?")},
				{ID: "7", Code: "82820-2", Options: yesNo, Text: en("Was your mother or stepmother: Often or very often pushed, grabbed, slapped, or had something thrown at her? or Sometimes, often, or very often kicked, bitten, hit with a fist, or hit with something hard? or Ever repeatedly hit at least a few minutes or threatened with a gun or knife?")},
				{ID: "8", Options: yesNo, Text: en("Did you live with anyone who was a problem drinker or alcoholic or who used street drugs?")},
				{ID: "9", Code: "82822-8", Options: yesNo, Text: en("Was a household member depressed or mentally ill, or did a household member attempt suicide?")},
				{ID: "10", Code: "82823-6", Options: yesNo, Text: en("Did a household member go to prison?")},
			},
			TotalLabel: "ACE score (number of categories)",
			Panel:      "82813-7",
			License: "From the CDC-Kaiser Permanente Adverse Childhood Experiences Study; CDC distributes its " +
				"ACE questions without copyright. No cut-off is applied: the study's authors warn against " +
				"using an ACE score as a cut-point for decisions about an individual.",
			Sources: []evidence.Source{srcFelitti1998, srcAnda2020, srcLOINCACE},
		},
	}
}
