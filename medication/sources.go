package medication

import "github.com/wholeperson/integrative/evidence"

// at returns s with its locator set, for citing one passage of a long
// document.
func at(s evidence.Source, locator string) evidence.Source {
	s.Locator = locator
	return s
}

// cite returns its arguments as a slice, for catalog literals.
func cite(s ...evidence.Source) []evidence.Source { return s }

// Labels and web pages whose revision year was not captured when the
// passage was read are cited with the year they were consulted; the
// locator says so.
const consulted = "version consulted in 2026"

// Sources cited by the catalogs. Each was read for the passage its
// locator names; see DESIGN.md §5.
var (
	srcONC = evidence.Source{
		Title:     "High-priority drug-drug interactions for use in electronic health records",
		Publisher: "J Am Med Inform Assoc 19(5):735-743 (Phansalkar S, Desai AA, Bell D, et al.)",
		Year:      2012,
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC3422823/",
	}
	srcCredibleMeds = evidence.Source{
		Title:     "CredibleMeds QTdrugs list, drugs with known risk of torsades de pointes (dated snapshot used by the public PDDI dataset)",
		Publisher: "AZCERT; snapshot in dbmi-pitt/public-PDDI-analysis, PDDI-Datasets/Crediblemeds",
		Year:      2014,
		Locator:   "known-risk list of 20 September 2014",
		URL:       "https://github.com/dbmi-pitt/public-PDDI-analysis",
	}
	srcQTLabels = evidence.Source{
		Title:     "Risk of QT prolongation among antipsychotics: FDA labeling classes",
		Publisher: "Ther Adv Drug Saf (Waleekhachonloet O, et al.), PMID 31223470",
		Year:      2019,
		Locator:   "pimozide, thioridazine and ziprasidone labeled contraindicated in patients at risk of QT prolongation",
		URL:       "https://pubmed.ncbi.nlm.nih.gov/31223470/",
	}
	srcCitalopramDSC = evidence.Source{
		Title:     "FDA Drug Safety Communication: revised recommendations for Celexa (citalopram) related to a potential risk of abnormal heart rhythms with high doses",
		Publisher: "US Food and Drug Administration (summary in ACP Internist)",
		Year:      2012,
		Locator:   "do not exceed 40 mg/day; 20 mg/day maximum over age 60; not recommended in congenital long QT syndrome",
		URL:       "https://www.acpinternist.org/weekly/archives/2012/04/03/7.htm",
	}
	srcThioridazine = evidence.Source{
		Title:     "Thioridazine: boxed warning and contraindications",
		Publisher: "Drugs.com professional monograph (FDA labeling)",
		Year:      2026,
		Locator:   "contraindicated with QT-prolonging drugs, fluvoxamine, propranolol, pindolol and CYP2D6 inhibitors such as fluoxetine and paroxetine; " + consulted,
		URL:       "https://www.drugs.com/ppa/thioridazine.html",
	}
	srcMethadoneLabel = evidence.Source{
		Title:     "Methadone hydrochloride oral concentrate prescribing information",
		Publisher: "US FDA-approved labeling (GlobalRPh copy)",
		Year:      2026,
		Locator:   "drug interactions: mixed agonist/antagonists and partial agonists (buprenorphine) may precipitate withdrawal; CYP3A4, 2B6 and 2C19 inducers lower levels; " + consulted,
		URL:       "https://globalrph.com/rx-list/methadone-oral-concentrate-drug",
	}
	srcMethadonePDR = evidence.Source{
		Title:     "Diskets (methadone hydrochloride) drug summary",
		Publisher: "PDR",
		Year:      2026,
		Locator:   "boxed warning: life-threatening QT prolongation; " + consulted,
		URL:       "https://www.pdr.net/drug-summary/Diskets-methadone-hydrochloride-3463",
	}
	srcOpioidBenzoBW = evidence.Source{
		Title:     "FDA requires boxed warnings on opioid analgesics, opioid cough products and benzodiazepines about serious risks and death from combined use (Drug Safety Communication of 31 August 2016)",
		Publisher: "US Food and Drug Administration (summary by OptumRx)",
		Year:      2016,
		URL:       "https://professionals.optumrx.com/publications/library/drugsafety-opioids-benzodiazepines-2016-0831.html",
	}
	srcMOUDNotWithhold = evidence.Source{
		Title:     "FDA Drug Safety Communication: FDA urges caution about withholding opioid addiction medications from patients taking benzodiazepines or CNS depressants",
		Publisher: "US Food and Drug Administration",
		Year:      2017,
		Locator:   "20 September 2017",
		URL:       "https://www.fda.gov/Drugs/DrugSafety/ucm575307.htm",
	}
	srcGabapentinoidDSC = evidence.Source{
		Title:     "FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin when used with CNS depressants or in patients with lung problems",
		Publisher: "US Food and Drug Administration, Drug Safety Communication",
		Year:      2019,
		Locator:   "19 December 2019",
		URL:       "https://fda.gov/drugs/drug-safety-and-availability/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin",
	}
	srcBenzoBW2020 = evidence.Source{
		Title:     "FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class",
		Publisher: "US Food and Drug Administration, Drug Safety Communication",
		Year:      2020,
		Locator:   "23 September 2020: abuse, misuse, addiction, dependence and withdrawal; concomitant use of other medicines, alcohol and substances",
		URL:       "https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class",
	}
	srcOpioidSerotoninDSC = evidence.Source{
		Title:     "FDA Drug Safety Communication: FDA warns about several safety issues with opioid pain medicines; requires label changes",
		Publisher: "US Food and Drug Administration",
		Year:      2016,
		Locator:   "22 March 2016: serotonin syndrome with serotonergic drugs, most reports with fentanyl and methadone",
		URL:       "https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-several-safety-issues-opioid-pain-medicines-requires",
	}
	srcLinezolidDSC = evidence.Source{
		Title:     "FDA Drug Safety Communication: updated information about the drug interaction between linezolid (Zyvox) and serotonergic psychiatric medications",
		Publisher: "US Food and Drug Administration",
		Year:      2011,
		Locator:   "20 October 2011, section I (SSRIs including vilazodone, SNRIs); stop the antidepressant at least 2 weeks (fluoxetine 5 weeks) before planned use",
		URL:       "http://www.fda.gov/Drugs/DrugSafety/ucm276251.htm",
	}
	srcMethyleneBlueDSC = evidence.Source{
		Title:     "FDA Drug Safety Communication: updated information about the drug interaction between methylene blue (methylthioninium chloride) and serotonergic psychiatric medications",
		Publisher: "US Food and Drug Administration",
		Year:      2011,
		Locator:   "20 October 2011: cases with SSRIs, SNRIs and clomipramine after intravenous methylene blue",
		URL:       "http://www.fda.gov/Drugs/DrugSafety/ucm276119.htm",
	}
	srcRemeronMAOI = evidence.Source{
		Title:     "Remeron and Remeron SolTab (mirtazapine): safety labeling changes",
		Publisher: "US Food and Drug Administration, MedWatch",
		Year:      2012,
		Locator:   "October 2012, Contraindications: MAOIs including linezolid and intravenous methylene blue",
		URL:       "http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm327848.htm",
	}
	srcSerotonergicPotential = evidence.Source{
		Title:     "Emergency Medicine: A Comprehensive Study Guide, 6th edition (Tintinalli JE, Kelen GD, Stapczynski JS)",
		Publisher: "McGraw-Hill",
		Year:      2004,
		Locator:   "p. 1038, serotonergic potential of various drugs (extreme and moderate potency columns)",
	}
	srcSerotoninPrevention = evidence.Source{
		Title:     "Serotonin syndrome: prevention",
		Publisher: "BMJ Best Practice",
		Year:      2026,
		Locator:   "agents acting on the same serotonergic pathway should rarely be prescribed together; " + consulted,
		URL:       "https://bestpractice.bmj.com/topics/en-us/991/prevention",
	}
	srcTriptanAlert = evidence.Source{
		Title:     "Selective serotonin reuptake inhibitors (SSRIs), selective serotonin-norepinephrine reuptake inhibitors (SNRIs), 5-hydroxytryptamine receptor agonists (triptans): serotonin syndrome",
		Publisher: "US Food and Drug Administration alert (Drugs.com copy)",
		Year:      2006,
		Locator:   "19 July 2006",
		URL:       "https://www.drugs.com/fda/selective-serotonin-norepinephrine-reuptake-inhibitors-snris-serotonin-syndrome-267.html",
	}
	srcLithiumBpac = evidence.Source{
		Title:     "Lithium: monitoring and interactions",
		Publisher: "bpac NZ, Best Practice Journal (February 2007)",
		Year:      2007,
		Locator:   "NSAIDs, ACE inhibitors, angiotensin II receptor blockers and thiazides raise serum lithium; SSRIs and serotonin syndrome",
		URL:       "https://bpac.org.nz/magazine/2007/february/lithium.asp?page=7",
	}
	srcLithiumLabel = evidence.Source{
		Title:     "Lithium carbonate prescribing information",
		Publisher: "US FDA-approved labeling (Drugs.com copy)",
		Year:      2026,
		Locator:   "boxed warning (lithium toxicity); baseline renal, thyroid and electrolyte tests; serotonin syndrome; neurotoxicity with antipsychotics; " + consulted,
		URL:       "https://drugs.com/pro/lithium.html",
	}
	srcLithiumCKS = evidence.Source{
		Title:     "Bipolar disorder: lithium monitoring",
		Publisher: "NICE Clinical Knowledge Summaries (NCCMH 2006 and NPSA 2009 advice)",
		Year:      2009,
		Locator:   "plasma level every 3 months once stable; renal and thyroid function every 6 months",
		URL:       "http://www.cks.nhs.uk/bipolar_disorder/management/prescribing_information/lithium/monitoring",
	}
	srcLithiumUK = evidence.Source{
		Title:     "Bipolar disorder CPD module: lithium safety",
		Publisher: "Independent Pharmacist",
		Year:      2026,
		Locator:   "plasma level every 3 months for the first year, then every 6 months; " + consulted,
		URL:       "https://www.independentpharmacist.co.uk/cpd-modules/cpd-module-bipolar-disorder/lithium-safety-880662",
	}
	srcValproateLamotrigine = evidence.Source{
		Title:     "Valproic acid and lamotrigine combination",
		Publisher: "ICNApedia (Gidal et al. 2003 data)",
		Year:      2026,
		Locator:   "valproate inhibits lamotrigine glucuronidation; start lamotrigine at about half the dose; " + consulted,
		URL:       "https://icnapedia.org/wiki/articles/valproic-acid-and-lamotrigine-combination",
	}
	srcLamotrigineBW = evidence.Source{
		Title:     "Lamotrigine boxed warning: serious skin rashes",
		Publisher: "BlackBoxRx (FDA labeling)",
		Year:      2026,
		Locator:   "risk raised by coadministration with valproate and by exceeding the initial dose or escalation; " + consulted,
		URL:       "https://blackboxrx.com/app/display/101",
	}
	srcStockleyCarbamazepine = evidence.Source{
		Title:     "Carbamazepine interactions (Stockley's Drug Interactions excerpt)",
		Publisher: "Pharmaceutical Press, via medpill.info",
		Year:      2026,
		Locator:   "CYP3A4 induction and autoinduction; " + consulted,
		URL:       "https://medpill.info/carbamazepine-10744.htm",
	}
	srcMSDInteractions = evidence.Source{
		Title:     "Some medications with potentially serious drug-drug interactions",
		Publisher: "MSD Manual Professional Edition",
		Year:      2026,
		Locator:   "CYP3A4 inducers: carbamazepine, St John's wort, rifampin, phenytoin; " + consulted,
		URL:       "https://www.msdmanuals.com/uk/professional/multimedia/table/some-medications-with-potentially-serious-drug-drug-interactions",
	}
	srcClozapineInteractions = evidence.Source{
		Title:     "Drug interactions affecting clozapine levels",
		Publisher: "J Psychiatr Intensive Care (Singh et al.)",
		Year:      2013,
		Locator:   "fluvoxamine raises levels about 3-fold, ciprofloxacin about 2-fold; smoking cessation raises levels; carbamazepine and St John's wort lower them",
		URL:       "https://core-prod.cambridgecore.org/core/journals/journal-of-psychiatric-intensive-care/article/drug-interactions-affecting-clozapine-levels/CC69E55D0268DF8AE38D5CA3B4669255",
	}
	srcLuvoxCR = evidence.Source{
		Title:     "Luvox CR (fluvoxamine maleate) extended-release capsules prescribing information",
		Publisher: "US FDA-approved labeling",
		Year:      2008,
		Locator:   "4 Contraindications; 5.4 thioridazine; 5.5 tizanidine (AUC about 33-fold); ramelteon",
		URL:       "http://www.120ty.net/bencandy.php?aid=46508&fid=134&page=9",
	}
	srcMelatoninFluvoxamine = evidence.Source{
		Title:     "Increased bioavailability of oral melatonin after fluvoxamine coadministration",
		Publisher: "Clin Pharmacol Ther 67(1):1-6 (Härtter S, Grözinger M, Weigmann H, Röschke J, Hiemke C)",
		Year:      2000,
		Locator:   "fluvoxamine 50 mg raised melatonin AUC about 17-fold",
		URL:       "https://fitforthem.unipa.it/rep:6533b871fe1ef96bd12d17ae",
	}
	srcDisulfiram = evidence.Source{
		Title:     "Disulfiram drug monograph",
		Publisher: "The Global Library of Women's Medicine (GLOWM)",
		Year:      2026,
		Locator:   "contraindicated with alcohol and alcohol-containing preparations, metronidazole and paraldehyde, and in psychoses; " + consulted,
		URL:       "https://www.glowm.com/resources/glowm/cd/pages/drugs/d053.html",
	}
	srcVivitrol = evidence.Source{
		Title:     "VIVITROL (naltrexone for extended-release injectable suspension) prescribing information",
		Publisher: "US FDA-approved labeling, NDA 021897",
		Year:      2026,
		Locator:   "4 Contraindications; 5.3: opioid-free 7-10 days, up to 2 weeks after buprenorphine or methadone; " + consulted,
		URL:       "https://www.docketalarm.com/FDA/Orange_Book/021897/VIVITROL/SUPPL-57/1-Label",
	}
	srcSJWReview = evidence.Source{
		Title:     "St John's wort (Hypericum perforatum): drug interactions and clinical outcomes",
		Publisher: "Br J Clin Pharmacol 54(4):349-356 (Henderson L, Yue QY, Bergquist C, Gerden B, Arlett P)",
		Year:      2002,
		Locator:   "induction of CYP3A4 and P-glycoprotein; serotonin syndrome with SSRIs",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC1874438/",
	}
	srcSJWMania = evidence.Source{
		Title:     "Mania associated with St. John's wort",
		Publisher: "Biol Psychiatry 46(12):1707-1708 (Nierenberg AA, Burt T, Matthews J, Weiss AP)",
		Year:      1999,
		Locator:   "two cases; may precipitate hypomania, mania or faster cycling, particularly in occult bipolar disorder",
		URL:       "https://pubmed.ncbi.nlm.nih.gov/10624554/",
	}
	srcSJWBipolar = evidence.Source{
		Title:     "St John's wort: is it safe in bipolar disorder?",
		Publisher: "Aust N Z J Psychiatry 49(12):1226-1227 (Dalwood J, Dhillon R, Tibrewal P, Gupta N, Bastiampillai T)",
		Year:      2015,
		URL:       "https://researchnow.flinders.edu.au/en/publications/st-johns-wort-is-it-safe-in-bipolar-disorder",
	}
	src5HTP = evidence.Source{
		Title:     "5-Hydroxytryptophan (5-HTP) monograph",
		Publisher: "St. Luke's Hospital health library (Natural Standard-derived)",
		Year:      2026,
		Locator:   "do not combine with SSRIs, TCAs, MAOIs, tramadol or triptans; " + consulted,
		URL:       "https://stlukes-stl.com/health-content/medicine/33/000938.htm",
	}
	srcSAMe = evidence.Source{
		Title:     "SAMe (S-adenosyl-L-methionine) natural product monograph",
		Publisher: "Drugs.com",
		Year:      2026,
		Locator:   "avoid in bipolar depression; theoretical serotonin syndrome with SSRIs; " + consulted,
		URL:       "http://Drugs.Com/npp/same.html",
	}
	srcKavaODS = evidence.Source{
		Title:     "Kava fact sheet",
		Publisher: "NIH Office of Dietary Supplements",
		Year:      2026,
		Locator:   "liver injury reports; " + consulted,
		URL:       "https://ods.od.nih.gov/HealthInformation/kava.aspx",
	}
	srcKavaCase = evidence.Source{
		Title:     "Coma from the health food store: interaction between kava and alprazolam",
		Publisher: "Ann Intern Med 125(11):940-941 (Almeida JC, Grimsley EW)",
		Year:      1996,
		Locator:   "single case, confounded by other drugs",
	}
	srcValerian = evidence.Source{
		Title:     "Herbs at a Glance: Valerian",
		Publisher: "National Center for Complementary and Alternative Medicine (NIH)",
		Year:      2026,
		Locator:   "insomnia evidence inconclusive; additive sedation is a caution, not a confirmed interaction; " + consulted,
		URL:       "https://docslib.org/doc/1708396/herbs-a-t-a-glance-valerian",
	}
	srcOmega3 = evidence.Source{
		Title:     "Omega-3 Supplements: An Introduction",
		Publisher: "National Center for Complementary and Integrative Health (NIH)",
		Year:      2026,
		Locator:   "Key Facts: may interact with drugs that affect blood clotting (anticoagulants, NSAIDs); " + consulted,
		URL:       "https://docslib.org/doc/2165069/omega-3-supplements-may-interact-with-drugs-that-affect-blood-clotting",
	}
	srcGinkgo = evidence.Source{
		Title:     "Herbs at a Glance (NCCAM), as tabulated in: Herbal supplement use and interactions",
		Publisher: "BMC Medicine 9:94, Table 1",
		Year:      2011,
		Locator:   "ginkgo: bleeding risk; caution with anticoagulants",
		URL:       "https://bmcmedicine.biomedcentral.com/articles/10.1186/1741-7015-9-94/tables/1",
	}
	srcKratom = evidence.Source{
		Title:     "Statement from FDA Commissioner Scott Gottlieb, M.D., on the agency's scientific evidence on the presence of opioid compounds in kratom",
		Publisher: "US Food and Drug Administration",
		Year:      2018,
		Locator:   "6 February 2018: 22 of 25 kratom compounds bind mu-opioid receptors",
		URL:       "https://www.fda.gov/newsevents/newsroom/pressannouncements/ucm595622.htm",
	}
	srcAntidepressantBW = evidence.Source{
		Title:     "Antidepressant Use in Children, Adolescents, and Adults",
		Publisher: "US Food and Drug Administration (archived)",
		Year:      2007,
		Locator:   "boxed warning extended to young adults 18-24: close monitoring in the first months and at dose changes",
		URL:       "https://webarchive.library.unt.edu/eot2008/20090117045022/http://www.fda.gov/cder/drug/antidepressants/default.htm",
	}
	srcNG222 = evidence.Source{
		Title:     "Depression in adults: treatment and management (NG222)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2022,
		Locator:   "recommendation 1.4.11: effect usually within 4 weeks; first review within 2 weeks, 1 week if aged 18-25 or at particular risk of suicide",
		URL:       "https://www.nice.org.uk/guidance/ng222",
	}
	srcTRDConsensus = evidence.Source{
		Title:     "Treatment-resistant major depressive disorder: Canadian expert consensus on definition and assessment",
		Publisher: "Depress Anxiety 38(4):456-467, doi:10.1002/da.23135",
		Year:      2021,
		Locator:   "Table 3: minimal adequate trial length 4-6 weeks",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC8049072/",
	}
	srcAPA2020 = evidence.Source{
		Title:     "The American Psychiatric Association practice guideline for the treatment of patients with schizophrenia, third edition: suggested physical and laboratory assessments",
		Publisher: "Focus (Am Psychiatr Publ) 18(4):402-423 (Keepers GA, Fochtmann LJ, Anzia JM, et al.)",
		Year:      2020,
		Locator:   "Table 1: BMI every visit for six months and at least quarterly thereafter; fasting glucose or HbA1c, and lipid panel, at baseline, four months after starting a new antipsychotic and at least annually thereafter; ECG before chlorpromazine, droperidol, iloperidone, pimozide, thioridazine or ziprasidone",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC7725154/table/T1/",
	}
	srcADA2004 = evidence.Source{
		Title:     "Consensus development conference on antipsychotic drugs and obesity and diabetes",
		Publisher: "Diabetes Care 27(2):596-601 (American Diabetes Association, American Psychiatric Association, AACE, NAASO)",
		Year:      2004,
		Locator:   "monitoring table: weight at 4, 8 and 12 weeks then quarterly; blood pressure, fasting glucose and lipids at 12 weeks; glucose and blood pressure annually; lipids every 5 years; waist annually",
		URL:       "https://doi.org/10.2337/diacare.27.2.596",
	}
	srcClozapineANC = evidence.Source{
		Title:     "Clozaril prescribing information, ANC monitoring table (adapted)",
		Publisher: "Drugs in R&D / Springer open-access review, Table 6",
		Year:      2022,
		Locator:   "weekly for 6 months, every 2 weeks from 6 to 12 months, monthly after 12 months",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC9243911/table/Tab6",
	}
	srcClozapineREMS = evidence.Source{
		Title:     "FDA removes Risk Evaluation and Mitigation Strategy (REMS) program for the antipsychotic clozapine",
		Publisher: "US Food and Drug Administration (Drugs.com copy)",
		Year:      2025,
		Locator:   "continue ANC monitoring per the prescribing information",
		URL:       "https://www.drugs.com/fda/fda-removes-risk-evaluation-mitigation-strategy-rems-program-antipsychotic-clozapine-14765.html",
	}
	srcClozapineBW = evidence.Source{
		Title:     "Clozapine boxed warning",
		Publisher: "BlackBoxRx (FDA labeling)",
		Year:      2026,
		Locator:   "severe neutropenia; orthostatic hypotension; seizures; myocarditis; dementia-related psychosis mortality; " + consulted,
		URL:       "https://blackboxrx.com/app/display.php?id=49",
	}
	srcValproateBW = evidence.Source{
		Title:     "Valproate boxed warning: hepatotoxicity, fetal risk, pancreatitis",
		Publisher: "Lexicomp boxed-warning text (mirror)",
		Year:      2026,
		Locator:   "liver tests before therapy and at frequent intervals, especially the first 6 months; not for pregnant women or women planning pregnancy unless other treatments failed; " + consulted,
		URL:       "https://pro.uptodatefree.ir/Show/10035",
	}
	srcValproateAACAP = evidence.Source{
		Title:     "Example valproic acid monitoring plan (AACAP 2007 practice parameter for bipolar disorder)",
		Publisher: "University of Florida, Florida Medicaid Drug Therapy Management Program",
		Year:      2007,
		Locator:   "baseline CBC and liver tests; then level, liver tests and CBC every 3-6 months",
		URL:       "https://dcf.psychiatry.ufl.edu/submission-support/commonly-submitted-medication-information/example-valproic-acid-monitoring-plan/",
	}
	srcCarbamazepineBW = evidence.Source{
		Title:     "Carbamazepine boxed warning: serious dermatologic reactions and HLA-B*1502; aplastic anemia and agranulocytosis",
		Publisher: "BlackBoxRx (FDA labeling)",
		Year:      2026,
		Locator:   "CBC before treatment and periodically; HLA-B*1502 screening in at-risk ancestry; " + consulted,
		URL:       "https://blackboxrx.com/app/display/37",
	}
	srcEquetro = evidence.Source{
		Title:     "Equetro (carbamazepine) prescribing information summary",
		Publisher: "US FDA-approved labeling (secondary summary)",
		Year:      2026,
		Locator:   "contraindicated with MAOIs or within 14 days of stopping one; " + consulted,
		URL:       "http://butalbitalapap.org/index-3462.html",
	}
	srcAntipsychoticBW = evidence.Source{
		Title:     "Antipsychotic medications boxed warning: increased mortality in elderly patients with dementia-related psychosis",
		Publisher: "Verywell Mind (reproduces the FDA boxed warning)",
		Year:      2026,
		Locator:   "17 trials, risk 1.6-1.7 times placebo; " + consulted,
		URL:       "https://www.verywellmind.com/antipsychotic-medications-black-box-warning-379657",
	}
	srcAntipsychoticPolypharmacy = evidence.Source{
		Title:     "Choosing Wisely: don't routinely prescribe two or more antipsychotic medications concurrently",
		Publisher: "American Psychiatric Association",
		Year:      2013,
		URL:       "https://www.choosingwisely.org/clinician-lists/american-psychiatric-association-routine-prescription-of-two-or-more-concurrent-antipsychotics/",
	}
	srcBupropionLabel = evidence.Source{
		Title:     "WELLBUTRIN XL and WELLBUTRIN SR (bupropion hydrochloride) prescribing information",
		Publisher: "US FDA-approved labeling",
		Year:      2026,
		Locator:   "Contraindications: seizure disorder; current or prior bulimia or anorexia nervosa. Seizures: dose-related; SR maximum 400 mg/day, XL maximum 450 mg/day; " + consulted,
		URL:       "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=bupropion",
	}
	srcSertralineLabel = evidence.Source{
		Title:     "ZOLOFT (sertraline) prescribing information",
		Publisher: "US FDA-approved labeling",
		Year:      2026,
		Locator:   "2 Dosage and Administration: MDD 50 mg once daily, maximum 200 mg/day; " + consulted,
		URL:       "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=sertraline",
	}
	srcFluoxetineLabel = evidence.Source{
		Title:     "PROZAC (fluoxetine) prescribing information",
		Publisher: "US FDA-approved labeling",
		Year:      2026,
		Locator:   "2 Dosage and Administration: MDD 20 mg/day initially, not to exceed 80 mg/day; " + consulted,
		URL:       "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=fluoxetine",
	}
	srcParoxetineLabel = evidence.Source{
		Title:     "PAXIL (paroxetine) prescribing information",
		Publisher: "US FDA-approved labeling",
		Year:      2026,
		Locator:   "2 Dosage and Administration: MDD 20 mg/day initially, up to a maximum of 50 mg/day; " + consulted,
		URL:       "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=paroxetine",
	}
	srcEscitalopramLabel = evidence.Source{
		Title:     "Escitalopram tablets prescribing information",
		Publisher: "US FDA-approved labeling",
		Year:      2026,
		Locator:   "2.1 Major Depressive Disorder: adults 10 mg once daily, increase to 20 mg after at least one week; " + consulted,
		URL:       "https://recallguide.org/drug/escitalopram",
	}
	srcZolpidemDSC = evidence.Source{
		Title:     "FDA Drug Safety Communication: risk of next-morning impairment after use of insomnia drugs; FDA requires lower recommended doses for certain drugs containing zolpidem",
		Publisher: "US Food and Drug Administration",
		Year:      2013,
		Locator:   "10 January 2013: women 5 mg immediate release, 6.25 mg extended release; men 5 or 10 mg, 6.25 or 12.5 mg",
		URL:       "http://www.fda.gov/Drugs/DrugSafety/ucm334033.htm",
	}
	srcUsualDoses = evidence.Source{
		Title:     "McMaster Textbook of Internal Medicine: antidepressant starting and usual doses",
		Publisher: "Medycyna Praktyczna (empendium)",
		Year:      2026,
		Locator:   "table 031_8844, usual dose (mg/d); " + consulted,
		URL:       "https://empendium.com/mcmtextbook/table/031_8844",
	}
	srcTrintellix = evidence.Source{
		Title:     "TRINTELLIX (vortioxetine) prescribing information",
		Publisher: "US FDA-approved labeling (PDR summary)",
		Year:      2026,
		Locator:   "contraindicated with MAOIs, 21 days after stopping vortioxetine before an MAOI; halve the dose with strong CYP2D6 inhibitors (bupropion, fluoxetine, paroxetine); " + consulted,
		URL:       "https://www.pdr.net/drug-summary/Trintellix-vortioxetine-3348",
	}
	srcStimulantBW = evidence.Source{
		Title:     "FDA requires updates to clarify labeling of prescription stimulants used to treat ADHD and other conditions",
		Publisher: "US Food and Drug Administration",
		Year:      2023,
		Locator:   "11 May 2023: boxed warning on abuse, misuse and addiction",
		URL:       "https://fda.gov/drugs/drug-safety-and-availability/fda-requires-updates-clarify-labeling-prescription-stimulants-used-treat-adhd-and-other-conditions",
	}
	srcEsketamineBW = evidence.Source{
		Title:     "Spravato (esketamine) boxed warning",
		Publisher: "BlackBoxRx (FDA labeling)",
		Year:      2019,
		Locator:   "sedation; dissociation; abuse and misuse; suicidal thoughts and behaviors; REMS",
		URL:       "https://blackboxrx.com/warning/682",
	}
	srcCPIC = evidence.Source{
		Title:     "CPIC database drug table: RxNorm ingredient identifiers",
		Publisher: "Clinical Pharmacogenetics Implementation Consortium, cpicpgx/cpic-schema drug.sql (commit 05f9b09)",
		Year:      2026,
		Locator:   "RxNorm drugId column; " + consulted,
		URL:       "https://github.com/cpicpgx/cpic-schema",
	}
	srcUMLSLithium = evidence.Source{
		Title:     "UMLS Metathesaurus concept C0023870 (lithium), source cross-references",
		Publisher: "National Library of Medicine",
		Year:      2026,
		Locator:   "RXNORM:6448; " + consulted,
		URL:       "https://uts.nlm.nih.gov/uts/umls/concept/C0023870",
	}
	srcVADoDPTSD = evidence.Source{
		Title:     "VA/DoD Clinical Practice Guideline for the Management of Posttraumatic Stress Disorder and Acute Stress Disorder (synopsis)",
		Publisher: "Ann Intern Med 177(3), doi:10.7326/M23-2757",
		Year:      2023,
		Locator:   "prazosin suggested for nightmares only; recommends against benzodiazepines and cannabis; suggests against guanfacine",
		URL:       "https://www.acpjournals.org/doi/10.7326/M23-2757",
	}
	srcHydroxyzineLabel = evidence.Source{
		Title:     "VISTARIL (hydroxyzine pamoate) capsules and oral suspension prescribing information",
		Publisher: "US FDA-approved labeling (GlobalRPh copy)",
		Year:      2026,
		Locator:   "Precautions: potentiation of CNS depressants (narcotics, non-narcotic analgesics, barbiturates), whose dose should be reduced, and of alcohol; QT prolongation and torsade de pointes in post-marketing reports, caution with drugs known to prolong the QT interval and in congenital long QT syndrome; " + consulted,
		URL:       "https://globalrph.com/rx-list/vistaril-drug",
	}
	srcCatapres = evidence.Source{
		Title:     "CATAPRES (clonidine hydrochloride, USP) tablets prescribing information",
		Publisher: "US FDA-approved labeling, Boehringer Ingelheim (RxList copy)",
		Year:      2015,
		Locator:   "Dosage and Administration: 0.1 mg twice daily initially; doses most commonly 0.2-0.6 mg/day in divided doses; 2.4 mg the maximum effective daily dose, rarely used",
		URL:       "http://www.rxlist.com/catapres-drug/indications-dosage.htm",
	}
	srcKapvay = evidence.Source{
		Title:     "KAPVAY (clonidine hydrochloride) extended-release tablets prescribing information",
		Publisher: "US FDA-approved labeling (GlobalRPh copy)",
		Year:      2026,
		Locator:   "Precautions: sedation and somnolence; additive sedation with other centrally active depressants (phenothiazines, barbiturates, benzodiazepines); advise avoiding alcohol; rebound hypertension after abrupt discontinuation; " + consulted,
		URL:       "https://globalrph.com/rx-list/kapvay-drug",
	}
	srcClonidineERTaper = evidence.Source{
		Title:     "Clonidine hydrochloride extended-release tablets prescribing information",
		Publisher: "US FDA-approved labeling (DailyMed copy at PillSync)",
		Year:      2026,
		Locator:   "Highlights and 2.3: when discontinuing, taper in decrements of no more than 0.1 mg every 3 to 7 days to avoid rebound hypertension; " + consulted,
		URL:       "https://pillsync.com/drug/12-HR-clonidine-hydrochloride-01-MG-Extended-Release-Oral-Tablet/ROUND_WHITE_A257/ndc/a8e0edbe-f25f-4c90-8774-4a9c04de9070",
	}
	srcAcamprosateLabel = evidence.Source{
		Title:     "Acamprosate calcium delayed-release tablets prescribing information",
		Publisher: "US FDA-approved labeling, Mylan Institutional (MedLibrary copy)",
		Year:      2026,
		Locator:   "2: two 333 mg tablets (666 mg) three times daily, a lower dose may be effective; 2.1 Dosage in Renal Impairment: 333 mg three times daily at creatinine clearance 30-50 mL/min, contraindicated at 30 mL/min or less (4.2); " + consulted,
		URL:       "https://medlibrary.org/lib/rx/meds/acamprosate-calcium-11/",
	}
	srcAcamprosateMedscape = evidence.Source{
		Title:     "Acamprosate (Campral): dosing and uses",
		Publisher: "Medscape Drugs & Diseases",
		Year:      2026,
		Locator:   "brand Campral; 666 mg three times daily; CrCl 30-50 mL/min 333 mg three times daily; CrCl below 30 mL/min do not administer; " + consulted,
		URL:       "https://reference.medscape.com/drug/acamprosate-343214",
	}
	srcFluoxetineWashout = evidence.Source{
		Title:     "Ontario Drug Benefit Formulary therapeutic note: fluoxetine and MAOIs",
		Publisher: "Ontario Ministry of Health",
		Year:      2026,
		Locator:   "stop fluoxetine at least 5 weeks before starting an MAOI; stop an MAOI at least 14 days before an SSRI; " + consulted,
		URL:       "https://www.formulary.health.gov.on.ca/formulary/therapeuticNotes.xhtml?drugId=02385635",
	}
)
