package medication

import "github.com/wholeperson/integrative/evidence"

// Label sources added for the mechanism-based checks (issue 9). Each was
// read for the passage its locator names.
var (
	srcNardil = evidence.Source{
		Title:     "Nardil (phenelzine) drug monograph: contraindications",
		Publisher: "MPR (Monthly Prescribing Reference), summary of FDA labeling",
		Year:      2026,
		Locator:   "contraindications: sympathomimetics, tricyclics, mirtazapine, SSRIs and other reuptake inhibitors, CNS depressants (alcohol, barbiturates, narcotics), antihistamines, bupropion, buspirone, carbamazepine, dextromethorphan, other MAOIs, methylphenidate, tryptophan; meperidine within 3 weeks; maximum 90 mg/day; " + consulted,
		URL:       "https://www.renalandurologynews.com/drug/nardil/",
	}
	srcNardilLabel = evidence.Source{
		Title:     "Nardil (phenelzine sulfate) prescribing information: drug interactions",
		Publisher: "US FDA-approved labeling (DrugLib copy)",
		Year:      2026,
		Locator:   "Drug Interactions: should not be used concomitantly with a serotoninergic agent (see Contraindications); " + consulted,
		URL:       "http://www.druglib.com/druginfo/nardil/interactions_overdosage_contraindications/",
	}
	srcParnate = evidence.Source{
		Title:     "PARNATE (tranylcypromine) prescribing information",
		Publisher: "US FDA-approved labeling, revision 2021 (RxReasoner copy)",
		Year:      2021,
		Locator:   "4.1 Table 1: contraindicated with non-selective H1 antagonists, other MAOIs, SSRIs, SNRIs, tricyclics, bupropion, nefazodone, trazodone, vilazodone, vortioxetine, amphetamines and methylphenidates, sympathomimetics, triptans, buspirone, carbamazepine, dextromethorphan, hydroxytryptophan, meperidine, milnacipran, SAM-e, tapentadol, tetrabenazine, tryptophan",
		URL:       "https://www.rxreasoner.com/monographs/parnate/precautions",
	}
	srcParnateDose = evidence.Source{
		Title:     "Parnate (tranylcypromine): dosing and uses",
		Publisher: "Medscape Drugs & Diseases",
		Year:      2026,
		Locator:   "15 mg every 12 hours, not to exceed 60 mg/day; " + consulted,
		URL:       "https://reference.medscape.com/drug/parnate-tranylcypromine-342952",
	}
	srcEmsam = evidence.Source{
		Title:     "EMSAM (selegiline transdermal system) prescribing information: contraindications",
		Publisher: "US FDA-approved labeling (Pill2Trip copy)",
		Year:      2026,
		Locator:   "contraindicated with SSRIs, SNRIs, clomipramine, imipramine, meperidine, tramadol, methadone, pentazocine, propoxyphene, dextromethorphan and carbamazepine; " + consulted,
		URL:       "https://pill2trip.com/medicine/emsam",
	}
	srcWellbutrinContra = evidence.Source{
		Title:     "Wellbutrin SR (bupropion) drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "contraindications: seizure disorders; bulimia; anorexia nervosa; during or within 14 days of MAOIs; linezolid or intravenous methylene blue; " + consulted,
		URL:       "https://www.renalandurologynews.com/drug/wellbutrin-sr/",
	}
	srcWellbutrinIR = evidence.Source{
		Title:     "Wellbutrin (bupropion) immediate-release tablets: dosage",
		Publisher: "summary of the WELLBUTRIN prescribing information (secondary source)",
		Year:      2017,
		Locator:   "maximum 450 mg/day in doses of no more than 150 mg each; usual 300 mg/day as 100 mg three times daily",
		URL:       "http://pfizerdairy.com/2017/09/30/wellbutrin/",
	}
	srcWellbutrinSR = evidence.Source{
		Title:     "WELLBUTRIN SR (bupropion hydrochloride) prescribing information",
		Publisher: "US FDA-approved labeling (eDrugsWiki copy)",
		Year:      2026,
		Locator:   "2.1: maximum 400 mg/day as 200 mg twice daily; do not exceed 200 mg in any single dose; " + consulted,
		URL:       "http://edrugswiki.com/drug/wellbutrin-tablets",
	}
	srcAplenzin = evidence.Source{
		Title:     "Bupropion dosing: Aplenzin (bupropion hydrobromide)",
		Publisher: "Medscape-derived dosing summary (secondary source)",
		Year:      2026,
		Locator:   "174 mg daily (equivalent to 150 mg bupropion hydrochloride), usual target 348 mg/day (equivalent to 300 mg); caution with concomitant drugs that lower the seizure threshold; " + consulted,
		URL:       "https://damamalls.com/image/forum/wellbutrin-dosage-2658ab",
	}
	srcOrap = evidence.Source{
		Title:     "ORAP (pimozide) prescribing information: contraindications",
		Publisher: "US FDA-approved labeling (copy)",
		Year:      2026,
		Locator:   "contraindicated with other drugs that prolong QT, macrolide antibiotics, azole antifungals, other CYP3A4 inhibitors, and Celexa or Lexapro; " + consulted,
		URL:       "http://pimozide.lowpricedrugs.info/orap-contraindications.html",
	}
	srcOrapUK = evidence.Source{
		Title:     "Orap (pimozide) summary of product characteristics",
		Publisher: "Medicines & Healthcare products Regulatory Agency (RxReasoner copy)",
		Year:      2016,
		Locator:   "4.3: CYP3A4 inhibitors (azoles, protease inhibitors, macrolides, nefazodone) and CYP2D6 inhibitors (quinidine) contraindicated; serotonin uptake inhibitors (sertraline, paroxetine, citalopram, escitalopram) contraindicated",
		URL:       "https://rxreasoner.com/monographs/orap/precautions",
	}
	srcPimozideFluoxetine = evidence.Source{
		Title:     "Drug interactions between fluoxetine and Orap",
		Publisher: "Drugs.com professional interaction report",
		Year:      2026,
		Locator:   "contraindicated: fluoxetine inhibits pimozide metabolism via CYP2D6 and CYP3A4; " + consulted,
		URL:       "http://www.drugs.com/drug-interactions/fluoxetine-with-orap-1115-0-1872-1212.html?professional=1",
	}
	srcDuloxetineLabel = evidence.Source{
		Title:     "Duloxetine delayed-release capsules prescribing information (revised 3/2017)",
		Publisher: "US FDA-approved labeling (generic, Torrent; 120ty copy)",
		Year:      2017,
		Locator:   "Highlights, Drug Interactions: potent CYP1A2 inhibitors should be avoided (7.1); duloxetine is a moderate inhibitor of CYP2D6 (7.9); contents: 5.5 Abnormal Bleeding",
		URL:       "http://www.120ty.net/bencandy.php?aid=49747&fid=134&page=3",
	}
	srcDuloxetineDose = evidence.Source{
		Title:     "Cymbalta (duloxetine): dosing and uses",
		Publisher: "Medscape Drugs & Diseases",
		Year:      2026,
		Locator:   "MDD: target 60 mg/day, not to exceed 120 mg/day; " + consulted,
		URL:       "https://reference.medscape.com/drug/cymbalta-irenka-duloxetine-342960",
	}
	srcQuetiapineQT = evidence.Source{
		Title:     "Seroquel (quetiapine fumarate) tablets and Seroquel XR: safety labeling changes, July 2011",
		Publisher: "US Food and Drug Administration, MedWatch",
		Year:      2011,
		Locator:   "7 Drug Interactions: quetiapine should be avoided in combination with drugs known to increase the QT interval",
		URL:       "http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm267700.htm",
	}
	srcQuetiapineCNS = evidence.Source{
		Title:     "Can a patient on Seroquel (quetiapine) drink alcohol?",
		Publisher: "Dr. Oracle, quoting the FDA Seroquel label",
		Year:      2026,
		Locator:   "label: quetiapine potentiated the cognitive and motor effects of alcohol; alcoholic beverages should be limited; additive sedation with other CNS depressants; " + consulted,
		URL:       "https://www.droracle.ai/articles/613308/can-a-patient-on-seroquel-quetiapine-drink-alcohol",
	}
	srcSeroquel = evidence.Source{
		Title:     "Seroquel (quetiapine fumarate) prescribing information: drug interactions",
		Publisher: "US FDA-approved labeling (DrugLib copy)",
		Year:      2026,
		Locator:   "ketoconazole raised quetiapine Cmax 335%, reduced dosage with CYP3A inhibitors; phenytoin raised clearance 5-fold, increased doses with hepatic enzyme inducers (carbamazepine, barbiturates, rifampin); " + consulted,
		URL:       "http://www.druglib.com/druginfo/seroquel/interactions_overdosage_contraindications/",
	}
	srcMethadoneTablets = evidence.Source{
		Title:     "Methadone hydrochloride tablets prescribing information",
		Publisher: "US FDA-approved labeling (NDC List copy)",
		Year:      2026,
		Locator:   "boxed warning: interactions with drugs affecting cytochrome P450 isoenzymes; risks from concomitant use with benzodiazepines or other CNS depressants; 5.6: CYP3A4, 2B6, 2C19, 2C9 or 2D6 inhibitors, or stopping 3A4, 2B6, 2C19 or 2C9 inducers; " + consulted,
		URL:       "https://ndclist.com/ndc/66689-836/label",
	}
	srcTramadolLabel = evidence.Source{
		Title:     "Tramadol hydrochloride tablets prescribing information",
		Publisher: "US FDA-approved labeling (DailyMed)",
		Year:      2026,
		Locator:   "boxed warning: interactions with drugs affecting cytochrome P450 isoenzymes; risks from concomitant use with benzodiazepines or other CNS depressants; " + consulted,
		URL:       "https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=1f5abc48-9217-4c97-b0c7-c2a07ae04b83",
	}
	srcTramadolAPAP = evidence.Source{
		Title:     "Tramadol hydrochloride and acetaminophen tablets prescribing information",
		Publisher: "US FDA-approved labeling (120ty copy)",
		Year:      2026,
		Locator:   "7 Table 2: CYP2D6 inhibitors (quinidine, fluoxetine, paroxetine, bupropion) follow closely for withdrawal, seizures and serotonin syndrome; carbamazepine not recommended; " + consulted,
		URL:       "http://www.120ty.net/bencandy.php?aid=49415&fid=134&page=14",
	}
	srcUltramSeizure = evidence.Source{
		Title:     "ULTRAM ER (tramadol) prescribing information: warnings",
		Publisher: "US FDA-approved labeling (GlobalRPh copy)",
		Year:      2026,
		Locator:   "Seizure risk: increased with SSRIs, tricyclics, other opioids, MAOIs, neuroleptics and other drugs that reduce the seizure threshold; " + consulted,
		URL:       "https://globalrph.com/rx-list/ultram-er-drug",
	}
	srcTramadolDose = evidence.Source{
		Title:     "Ultram, ConZip (tramadol): dosing and uses",
		Publisher: "Medscape Drugs & Diseases",
		Year:      2026,
		Locator:   "immediate release 50-100 mg every 4-6 hours as needed, not to exceed 400 mg/day; extended release not to exceed 300 mg/day; " + consulted,
		URL:       "https://reference.medscape.com/drug/ultram-conzip-tramadol-343324",
	}
	srcZoloftSLC = evidence.Source{
		Title:     "Zoloft (sertraline hydrochloride): safety-related drug labeling changes",
		Publisher: "US Food and Drug Administration, MedWatch",
		Year:      2012,
		Locator:   "December 2012: starting Zoloft in a patient treated with linezolid or intravenous methylene blue is contraindicated; serotonin syndrome with other serotonergic drugs (triptans, tricyclics, fentanyl, lithium, tramadol, tryptophan, buspirone, St John's wort); March 2008: abnormal bleeding with NSAIDs, aspirin and warfarin",
		URL:       "http://www.fda.gov/Safety/MedWatch/SafetyInformation/Safety-RelatedDrugLabelingChanges/ucm116470.htm",
	}
	srcZoloftCanada = evidence.Source{
		Title:     "ZOLOFT (sertraline) product monograph: contraindications",
		Publisher: "Pfizer Canada (Pfizer Medical Information)",
		Year:      2026,
		Locator:   "concomitant pimozide contraindicated; MAOIs within 14 days either way; " + consulted,
		URL:       "https://www.pfizermedicalinformation.ca/en-ca/zoloft/contraindications",
	}
	srcLatuda = evidence.Source{
		Title:     "Latuda (lurasidone): dosing and uses",
		Publisher: "Medscape Drugs & Diseases (from the FDA labeling)",
		Year:      2026,
		Locator:   "schizophrenia 40-160 mg/day; bipolar depression 20-120 mg/day; strong CYP3A4 inhibitors and inducers contraindicated; moderate inhibitors: half dose, not above 80 mg/day; moderate inducers (including modafinil) may need a higher dose; " + consulted,
		URL:       "https://reference.medscape.com/drug/latuda-lurasidone-999605",
	}
	srcVraylar = evidence.Source{
		Title:     "VRAYLAR (cariprazine) dosing for healthcare professionals",
		Publisher: "AbbVie (from the prescribing information)",
		Year:      2026,
		Locator:   "maximum 6 mg/day (schizophrenia, mania) and 3 mg/day (bipolar depression, MDD adjunct); strong CYP3A4 inhibitor: reduce the dose by half; CYP3A4 inducer: not recommended; " + consulted,
		URL:       "https://www.vraylarhcp.com/bipolar-dosing",
	}
	srcCaplyta = evidence.Source{
		Title:     "CAPLYTA (lumateperone) drug interactions",
		Publisher: "Johnson & Johnson Medical Information (from the prescribing information, 11/2025)",
		Year:      2025,
		Locator:   "avoid CYP3A4 inducers; reduce the dose with moderate or strong CYP3A4 inhibitors; increased monitoring with serotonin reuptake inhibitors",
		URL:       "https://www.jnjmedicalconnect.com/products/caplyta/medical-content/caplyta-drug-interactions",
	}
	srcCaplytaDose = evidence.Source{
		Title:     "Caplyta (lumateperone) drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "42 mg once daily; 21 mg with moderate and 10.5 mg with strong CYP3A4 inhibitors; boxed warnings; " + consulted,
		URL:       "http://butalbitalapap.org/index-4834.html",
	}
	srcCobenfy = evidence.Source{
		Title:     "Xanomeline and trospium: drug information",
		Publisher: "Lexicomp (UpToDate mirror)",
		Year:      2025,
		Locator:   "50 mg/20 mg twice daily, then 100 mg/20 mg; maximum 125 mg xanomeline/30 mg trospium twice daily",
		URL:       "https://medilib.ir/uptodate/show/146268",
	}
	srcSaphris = evidence.Source{
		Title:     "Saphris (asenapine) drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "5-10 mg sublingually twice daily, maximum 10 mg twice daily; " + consulted,
		URL:       "http://butalbitalapap.org/index-4955.html",
	}
	srcSaphrisMIMS = evidence.Source{
		Title:     "Saphris (asenapine) concise prescribing information",
		Publisher: "MIMS Malaysia",
		Year:      2026,
		Locator:   "avoid concomitant use with drugs prolonging QTc; fluvoxamine raises asenapine exposure; " + consulted,
		URL:       "https://www.mims.com/malaysia/drug/info/saphris",
	}
	srcLoxapine = evidence.Source{
		Title:     "Loxapine drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "usual 60-100 mg/day, maximum 250 mg/day; avoid concomitant alcohol and other CNS depressants; lowered seizure threshold; " + consulted,
		URL:       "https://www.renalandurologynews.com/drug/loxapine/",
	}
	srcSuvorexant = evidence.Source{
		Title:     "Belsomra (suvorexant): dosing and uses",
		Publisher: "Medscape Drugs & Diseases (from the FDA labeling)",
		Year:      2026,
		Locator:   "10 mg, not to exceed 20 mg; strong CYP3A4 inhibitors not recommended; moderate: 5 mg, not above 10 mg; " + consulted,
		URL:       "https://reference.medscape.com/drug/belsomra-suvorexant-999859",
	}
	srcSuvorexantFDA = evidence.Source{
		Title:     "Suvorexant: interactions (quoting the FDA label)",
		Publisher: "PMHealthNP",
		Year:      2026,
		Locator:   "strong CYP3A inducers (rifampin, carbamazepine, phenytoin) substantially decrease exposure; efficacy may be reduced; " + consulted,
		URL:       "https://pmhealthnp.com/suvorexant",
	}
	srcDaridorexant = evidence.Source{
		Title:     "Quviviq (daridorexant): dosing and uses",
		Publisher: "Medscape Drugs & Diseases (from the FDA labeling)",
		Year:      2026,
		Locator:   "25-50 mg; strong CYP3A4 inhibitors: avoid; moderate: not above 25 mg; moderate or strong CYP3A4 inducers: avoid; " + consulted,
		URL:       "https://reference.medscape.com/drug/quviviq-daridorexant-4000202",
	}
	srcDayvigo = evidence.Source{
		Title:     "Dayvigo (lemborexant) drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "5 mg, maximum 10 mg; avoid alcohol; CNS depressants may need dose adjustment; avoid strong or moderate CYP3A inhibitors and inducers; consider higher doses of CYP2B6 substrates (bupropion, methadone); " + consulted,
		URL:       "https://www.cancertherapyadvisor.com/drug/dayvigo/",
	}
	srcZDrugBW = evidence.Source{
		Title:     "Insomnia medicines boxed warning (FDA MedWatch of 30 April 2019)",
		Publisher: "Aetna pharmacy drug safety alert",
		Year:      2019,
		Locator:   "boxed warning for complex sleep behaviors with eszopiclone, zaleplon and zolpidem; contraindicated after a prior episode",
		URL:       "https://sit1pbm.aetna.com/wps/portal/!ut/p/z0/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zinSzMzS28gwxDQ8KcLQ08fV1DPI1DHI0NTEz1C7IdFQGudPLE/?cms=CMS-PWCM-1116899",
	}
	srcQelbree = evidence.Source{
		Title:     "Qelbree (viloxazine) drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "adults 200 mg, maximum 600 mg/day; contraindicated with MAOIs or within 14 days, and with sensitive or narrow-range CYP1A2 substrates (alosetron, duloxetine, ramelteon, tasimelteon, tizanidine, theophylline); boxed warning for suicidal thoughts and behaviors; " + consulted,
		URL:       "http://butalbitalapap.org/index-4940.html",
	}
	srcQelbreeLabel = evidence.Source{
		Title:     "Qelbree (viloxazine) prescribing information highlights",
		Publisher: "US FDA-approved labeling (GeneSight copy)",
		Year:      2026,
		Locator:   "4, 7.1: contraindications; viloxazine is a strong CYP1A2 inhibitor; " + consulted,
		URL:       "https://genesight.com/product/medications-qelbree-viloxazine",
	}
	srcModafinilOC = evidence.Source{
		Title:     "Hormonal contraceptives + modafinil (Stockley's Drug Interactions excerpt)",
		Publisher: "Pharmaceutical Press (copy)",
		Year:      2026,
		Locator:   "modafinil induces CYP3A4; US manufacturer advises additional or alternative contraception during and for one month after stopping; " + consulted,
		URL:       "http://vibore.com/2477",
	}
	srcClozarilTable = evidence.Source{
		Title:     "Clozapine dose adjustment with concomitant medications (Table 1, reproduced from the CLOZARIL prescribing information)",
		Publisher: "CNS Drugs 36(7):659-679, doi:10.1007/s40263-022-00932-2",
		Year:      2022,
		Locator:   "strong CYP1A2 inhibitors: one-third of the dose; moderate or weak CYP1A2 inhibitors and CYP2D6/3A4 inhibitors: monitor, consider reducing; strong CYP3A4 inducers: not recommended; tobacco smoking and other moderate or weak inducers: monitor, adjust the dose",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC9243911/table/Tab1",
	}
	srcClozapineDose = evidence.Source{
		Title:     "Clozaril, Versacloz (clozapine): dosing and uses",
		Publisher: "Medscape Drugs & Diseases",
		Year:      2026,
		Locator:   "target 300-450 mg/day, not to exceed 900 mg/day; " + consulted,
		URL:       "https://reference.medscape.com/drug/clozaril-versacloz-clozapine-342972",
	}
	srcAripiprazole2D6 = evidence.Source{
		Title:     "Aripiprazole / select strong CYP2D6 inhibitors interaction",
		Publisher: "WebMD (First Databank), citing the Abilify US prescribing information (January 2016)",
		Year:      2016,
		Locator:   "moderate: fluoxetine, paroxetine and quinidine raise aripiprazole; the dose may need to change",
		URL:       "https://dictionary.webmd.com/drugs/2/drug-13507-7155/bupropion-hcl-oral/bupropion-extended-release-antidepressant-oral/details/list-interaction-details/dmid-1224/dmtitle-select-strong-cyp2d6-inhibitors-aripiprazole/intrtype-drug",
	}
	srcAplenzinMax = evidence.Source{
		Title:     "Bupropion dosage: bupropion hydrobromide extended-release tablets (Aplenzin)",
		Publisher: "Drugs.com",
		Year:      2026,
		Locator:   "initial 174 mg once daily, maintenance 348 mg, maximum 522 mg once daily; bupropion hydrochloride immediate release maximum 450 mg/day, single doses not above 150 mg; " + consulted,
		URL:       "http://www.drugs.com/dosage/bupropion.html",
	}
	srcAplenzinLabel = evidence.Source{
		Title:     "Aplenzin (bupropion hydrobromide) prescribing information: dosage and administration",
		Publisher: "US FDA-approved labeling (DrugLib copy)",
		Year:      2026,
		Locator:   "Table 1, equivalent daily doses: Aplenzin 522, 348 and 174 mg equal bupropion hydrochloride 450, 300 and 150 mg; MDD start 174 mg, target 348 mg once daily; " + consulted,
		URL:       "http://www.druglib.com/druginfo/aplenzin/indications_dosage/",
	}
	srcTrintellixPI = evidence.Source{
		Title:     "TRINTELLIX (vortioxetine) prescribing information: highlights and warnings",
		Publisher: "US FDA-approved labeling (RxGo copy)",
		Year:      2026,
		Locator:   "Warnings and Precautions 5.3, Increased Risk of Bleeding (with NSAIDs, aspirin, warfarin and other drugs that affect coagulation); " + consulted,
		URL:       "https://www.rxgo.com/drug/trintellix-coupon/prescribing",
	}
	srcZyprexaMIMS = evidence.Source{
		Title:     "Zyprexa/Zyprexa Zydis (olanzapine) full prescribing information: drug interactions",
		Publisher: "MIMS Hong Kong (Eli Lilly labeling)",
		Year:      2026,
		Locator:   "induction of CYP1A2 by smoking and carbamazepine: clinical monitoring recommended, a dose increase may be considered; fluvoxamine raised olanzapine AUC 52-108%: a lower starting dose with fluvoxamine or any other CYP1A2 inhibitor such as ciprofloxacin, and a dose decrease when an inhibitor is started; " + consulted,
		URL:       "https://www.mims.com/hongkong/drug/info/zyprexa-zyprexa%20zydis/drug-interactions",
	}
	srcZyprexaLabel = evidence.Source{
		Title:     "ZyPREXA (olanzapine) US prescribing information: drug interactions",
		Publisher: "US FDA-approved labeling (druginteractionchecker.com copy)",
		Year:      2026,
		Locator:   "7: CNS acting drugs, caution in combination with other centrally acting drugs and alcohol; 7.1: carbamazepine, a potent inducer of CYP1A2, raises olanzapine clearance about 50%; " + consulted,
		URL:       "http://www.druginteractionchecker.com/zyprexa-2-5-mg-oral-tablet/",
	}
	srcStrattera2D6 = evidence.Source{
		Title:     "Strattera (atomoxetine) dosing with CYP2D6 inhibitors",
		Publisher: "Dr. Oracle, citing the Strattera US prescribing information",
		Year:      2026,
		Locator:   "with strong CYP2D6 inhibitors (paroxetine, fluoxetine, quinidine): start 40 mg/day, increase to 80 mg only if symptoms fail to improve after 4 weeks and the dose is tolerated; " + consulted,
		URL:       "https://www.droracle.ai/articles/745574/what-is-the-appropriate-dosing-regimen-for-a-patient",
	}
	srcFanapt = evidence.Source{
		Title:     "FANAPT (iloperidone) prescribing information: dosage and administration",
		Publisher: "US FDA-approved labeling (RecallGuide copy)",
		Year:      2026,
		Locator:   "2.1: target 6-12 mg twice daily, maximum 12 mg twice daily (24 mg/day); 2.2: reduce the dose by one-half with strong CYP2D6 inhibitors (fluoxetine, paroxetine) and with strong CYP3A4 inhibitors (ketoconazole, clarithromycin); " + consulted,
		URL:       "https://www.recallguide.org/manufacturer/vanda-pharmaceuticals-inc/",
	}
	srcHanstenTCA = evidence.Source{
		Title:     "Drug Interactions Analysis and Management: tricyclic antidepressants with antidepressants that inhibit CYP2D6",
		Publisher: "Hansten and Horn, Wolters Kluwer (Skyscape edition)",
		Year:      2026,
		Locator:   "bupropion, duloxetine, fluoxetine, fluvoxamine, nefazodone, paroxetine raise TCA concentrations; class 3, assess risk and take action: consider an alternative, monitor TCA response when the inhibitor is started, stopped or changed; " + consulted,
		URL:       "https://download.skyscape.com/download/ota/lonestar/3C52715-7DF0-47C4-BF2A-379E6E7AC9B5/skyscaperx.edxx/content/HTML/r/tu1.htm",
	}
	srcCodeineSmPC = evidence.Source{
		Title:     "Codeine phosphate tablets: summary of product characteristics",
		Publisher: "electronic medicines compendium (emc), UK",
		Year:      2026,
		Locator:   "4.4, CYP2D6 metabolism: codeine is metabolised by CYP2D6 into morphine, its active metabolite; without the enzyme an adequate therapeutic effect is not obtained; " + consulted,
		URL:       "https://medicines.org.uk/emc/product/4512/smpc",
	}
	srcXanaxPDR = evidence.Source{
		Title:     "Xanax (alprazolam): contraindications as listed in the PDR",
		Publisher: "Erowid (quoting the PDR)",
		Year:      2026,
		Locator:   "contraindicated with ketoconazole and itraconazole; " + consulted,
		URL:       "https://erowid.org/pharms/alprazolam/alprazolam_health.shtml",
	}
	srcXanaxMIMS = evidence.Source{
		Title:     "Xanax (alprazolam) full prescribing information: drug interactions",
		Publisher: "MIMS Malaysia (Viatris)",
		Year:      2026,
		Locator:   "azole antifungals not recommended; caution and dose reduction with nefazodone, fluvoxamine and cimetidine; additive CNS depression with alcohol; " + consulted,
		URL:       "https://prdmimsweb.azurewebsites.net/malaysia/drug/info/xanax/drug-interactions",
	}
	srcZurzuvae = evidence.Source{
		Title:     "ZURZUVAE (zuranolone) prescribing information",
		Publisher: "US FDA-approved labeling, 2023 (RxReasoner copy)",
		Year:      2023,
		Locator:   "2.1: 50 mg in the evening for 14 days; 2.2: avoid CYP3A4 inducers; 30 mg with strong CYP3A4 inhibitors; boxed warning: impaired ability to drive",
		URL:       "https://www.rxreasoner.com/monographs/zurzuvae/usage",
	}
	srcZurzuvaeCNS = evidence.Source{
		Title:     "ZURZUVAE dosing for healthcare professionals",
		Publisher: "Sage Therapeutics and Biogen (from the prescribing information)",
		Year:      2026,
		Locator:   "if use with another CNS depressant is unavoidable, consider dosage reduction; caution with other CNS drugs or alcohol; " + consulted,
		URL:       "https://zurzuvaehcp.com/en-us/home/dosing.html",
	}
	srcExxua = evidence.Source{
		Title:     "EXXUA (gepirone) prescribing information summary",
		Publisher: "AskPharma (from the FDA label)",
		Year:      2026,
		Locator:   "contraindicated: QTc above 450 ms, congenital long QT, strong CYP3A4 inhibitors, MAOIs within 14 days; reduce the dose by 50% with moderate CYP3A4 inhibitors; " + consulted,
		URL:       "https://askpharma.ai/drug/8380",
	}
	srcExxuaDose = evidence.Source{
		Title:     "Exxua (gepirone) dosage",
		Publisher: "Drugs.com (FDA labeling)",
		Year:      2024,
		Locator:   "18.2 mg, titrated to a maximum of 72.6 mg once daily; ECG before and during treatment, more often with QT-prolonging drugs",
		URL:       "https://www.drugs.com/dosage/exxua.html",
	}
	srcGepironeFPN = evidence.Source{
		Title:     "Gepirone",
		Publisher: "FPnotebook (Moses S)",
		Year:      2026,
		Locator:   "avoid strong CYP3A4 inhibitors and inducers; avoid with other serotonergic medications; " + consulted,
		URL:       "https://fpnotebook.com/Psych/Pharm/Gprn.htm",
	}
	srcAuvelity = evidence.Source{
		Title:     "Auvelity (dextromethorphan and bupropion) dosage",
		Publisher: "Drugs.com (FDA labeling)",
		Year:      2024,
		Locator:   "one tablet (45 mg/105 mg) daily for 3 days, then twice daily maximum; one tablet daily with strong CYP2D6 inhibitors; 14 days between an MAOI and Auvelity either way",
		URL:       "https://drugs.com/dosage/auvelity.html",
	}
	srcLucemyra = evidence.Source{
		Title:     "LUCEMYRA (lofexidine) dosing for healthcare professionals",
		Publisher: "USWM (from the prescribing information)",
		Year:      2026,
		Locator:   "0.54 mg four times daily; total not above 2.88 mg/day, single dose not above 0.72 mg; with methadone both prolong QT, ECG monitoring recommended; oral naltrexone efficacy may be reduced; " + consulted,
		URL:       "https://hcp.lucemyra.com/dosing/",
	}
	srcLucemyraSafety = evidence.Source{
		Title:     "LUCEMYRA (lofexidine) safety for healthcare professionals",
		Publisher: "USWM (from the prescribing information)",
		Year:      2026,
		Locator:   "prolongs QT; monitor the ECG with other QT-prolonging drugs; " + consulted,
		URL:       "https://hcp.lucemyra.com/safety/",
	}
	srcIngrezza = evidence.Source{
		Title:     "Valbenazine clinically significant drug interactions (Table 1, from the INGREZZA prescribing information)",
		Publisher: "P&T 43(6):328-331",
		Year:      2018,
		Locator:   "MAOIs: avoid; strong CYP3A4 inhibitors: reduce the dose; strong CYP2D6 inhibitors: consider reducing; strong CYP3A4 inducers: not recommended",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC5969209/table/t1-ptj4306328",
	}
	srcAustedo = evidence.Source{
		Title:     "Austedo (deutetrabenazine): dosing and uses",
		Publisher: "Medscape Drugs & Diseases (from the FDA labeling)",
		Year:      2026,
		Locator:   "not to exceed 48 mg/day; with strong CYP2D6 inhibitors (paroxetine, fluoxetine, bupropion) not above 36 mg/day; assess QT above 24 mg/day; MAOIs listed as contraindicated; " + consulted,
		URL:       "https://reference.staging.medscape.com/drug/austedo-deutetrabenazine-1000072",
	}
)

var (
	srcPKIS = evidence.Source{
		Title:     "PKIS: pharmacokinetic interaction screening, perpetrator table (strong and moderate CYP inhibitors and inducers, FDA thresholds)",
		Publisher: "PKIS v2.0, Centre for Drug Interaction Research",
		Year:      2026,
		Locator:   "strong CYP2C19: fluconazole, fluvoxamine, ticlopidine; strong CYP2D6: bupropion, fluoxetine, paroxetine; strong CYP3A: clarithromycin, itraconazole, ketoconazole, lopinavir/ritonavir, ritonavir; moderate CYP2C19: fluoxetine; moderate CYP2D6: duloxetine, doxepin, terbinafine; moderate CYP3A: atazanavir, cyclosporine, diltiazem, fluconazole, fluvoxamine, verapamil; " + consulted,
		URL:       "http://pkis.org/perptable.php?d=fluoxetine",
	}
	srcFDACYP = evidence.Source{
		Title:     "For healthcare professionals: FDA's examples of drugs that interact with CYP enzymes and transporter systems",
		Publisher: "US Food and Drug Administration",
		Year:      2026,
		Locator:   "Table 1 (including St John's wort and tobacco smoking) and Table 2 (definitions of strong, moderate and weak inhibitors and inducers, and sensitive substrates); " + consulted,
		URL:       "https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems",
	}
	srcLithiumMPR = evidence.Source{
		Title:     "Lithium carbonate tablets drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "toxicity potentiated by diuretics, ACE inhibitors, ARBs and NSAIDs: monitor and adjust the lithium dose; discontinue if neurotoxicity occurs with antipsychotics; serotonin syndrome with SSRIs, SNRIs and MAOIs; " + consulted,
		URL:       "http://butalbitalapap.org/index-4900.html",
	}
	srcParoxetineDose = evidence.Source{
		Title:     "Paxil (paroxetine) dosage, by indication",
		Publisher: "DrugsDB (from the PAXIL prescribing information)",
		Year:      2012,
		Locator:   "major depressive disorder maximum 50 mg/day; obsessive-compulsive disorder and panic disorder maximum 60 mg/day",
		URL:       "http://www.drugsdb.com/rx/paxil/paxil-dosage/",
	}
	srcSymbyax = evidence.Source{
		Title:     "Symbyax (olanzapine and fluoxetine) dosage",
		Publisher: "Drugs.com (FDA labeling)",
		Year:      2023,
		Locator:   "adults: doses above 18 mg olanzapine and 75 mg fluoxetine not evaluated; dosed as mg olanzapine/mg fluoxetine",
		URL:       "https://www.drugs.com/dosage/symbyax.html",
	}
	srcProzacWeekly = evidence.Source{
		Title:     "Prozac Weekly (fluoxetine 90 mg delayed-release) in continuation treatment of depression",
		Publisher: "American Family Physician review excerpt (copy)",
		Year:      2026,
		Locator:   "capsule of enteric-coated pellets containing 90 mg fluoxetine; weekly dosing begins seven days after the last daily 20 mg dose; " + consulted,
		URL:       "https://www.peter-expert.ru/lexapro-sedating-310.html",
	}
	srcLamotrigineInteractions = evidence.Source{
		Title:     "Lamotrigine prescribing information: drug interactions",
		Publisher: "US FDA-approved labeling (DrugLib copy)",
		Year:      2026,
		Locator:   "estrogen-containing oral contraceptives raise lamotrigine clearance about 2-fold; carbamazepine, phenytoin, phenobarbital, primidone and rifampin raise its clearance; dosing follows concomitant drugs; " + consulted,
		URL:       "http://www.druglib.com/druginfo/lamotrigine/interactions_overdosage_contraindications/",
	}
	srcZullino = evidence.Source{
		Title:     "Tobacco and cannabis smoking cessation can lead to intoxication with clozapine or olanzapine",
		Publisher: "Int Clin Psychopharmacol 17(3):141-143 (Zullino DF, Delessert D, Eap CB, Preisig M, Baumann P), PMID 11981356",
		Year:      2002,
		Locator:   "smoke constituents induce CYP1A2; monitor smoking and adjust doses when it changes",
		URL:       "https://pubmedhh.nlm.nih.gov/cgi-bin/abstract.cgi?from=jb&id=11981356",
	}
	srcKetoconazoleBW = evidence.Source{
		Title:     "Ketoconazole (oral) boxed warning: hepatotoxicity; QT prolongation and drug interactions",
		Publisher: "BlackBoxRx (FDA labeling)",
		Year:      2026,
		Locator:   "coadministration contraindicated with dofetilide, quinidine, pimozide, cisapride, methadone, disopyramide, dronedarone, ranolazine; " + consulted,
		URL:       "https://blackboxrx.com/app/display/98",
	}
	srcKetoconazoleLabel = evidence.Source{
		Title:     "Ketoconazole tablets prescribing information: drug interactions",
		Publisher: "US FDA-approved labeling (MedLibrary copy)",
		Year:      2026,
		Locator:   "1.1: alprazolam, oral midazolam and triazolam contraindicated; ketoconazole can prolong the QT interval; " + consulted,
		URL:       "https://medlibrary.org/lib/rx/meds/ketoconazole-20/page/3/",
	}
	srcXyrem = evidence.Source{
		Title:     "Xyrem (sodium oxybate) drug monograph",
		Publisher: "MPR, summary of FDA labeling",
		Year:      2026,
		Locator:   "4.5 g/night initially, 6-9 g/night, maximum 9 g/night; contraindicated with sedative hypnotics or alcohol; with divalproex reduce the initial dose by at least 20%; boxed warning CNS depression; " + consulted,
		URL:       "http://www.empr.com/xyrem/drug/529/",
	}
	srcXyremDSC = evidence.Source{
		Title:     "Xyrem (sodium oxybate): Drug Safety Communication, warning against use with alcohol or drugs causing respiratory depression",
		Publisher: "US Food and Drug Administration (Drugs.com copy)",
		Year:      2012,
		Locator:   "alcohol and insomnia drugs contraindicated; other CNS depressants (opioids, benzodiazepines, sedating antidepressants or antipsychotics, muscle relaxants) should generally be avoided",
		URL:       "http://www.drugs.com/fda/xyrem-sodium-oxybate-safety-communication-warning-against-alcohol-causing-respiratory-depression-13213.html?printable=1",
	}
	srcOxycodoneBW = evidence.Source{
		Title:     "Oxycodone extended release: boxed warnings (Medscape-derived summary)",
		Publisher: "copy of the Medscape monograph",
		Year:      2026,
		Locator:   "initiation of CYP3A4 inhibitors (or discontinuation of CYP3A4 inducers) can result in a fatal overdose of oxycodone; " + consulted,
		URL:       "https://lexxidatafaxjournals.pages.dev/822379.html",
	}
	srcMorphineMAOI = evidence.Source{
		Title:     "Morphine patient monograph",
		Publisher: "MedPill (Cerner Multum-derived consumer information; secondary source)",
		Year:      2026,
		Locator:   "do not use morphine if an MAO inhibitor was used in the past 14 days; " + consulted,
		URL:       "https://medpill.info/morphine-22417.htm",
	}
	srcNardilCanada = evidence.Source{
		Title:     "NARDIL (phenelzine sulfate) Canadian product monograph: contraindications (French)",
		Publisher: "Erfa Canada (StudyLib copy)",
		Year:      2026,
		Locator:   "no sympathomimetics (amphetamines, cocaine, methylphenidate, dopamine, epinephrine, norepinephrine) or related substances (L-tryptophan); not with dextromethorphan or CNS depressants such as alcohol and certain narcotics; " + consulted,
		URL:       "https://studylibfr.com/doc/3933959/vedani-nicola---biscotica",
	}
	srcLybalvi = evidence.Source{
		Title:     "LYBALVI (olanzapine and samidorphan) prescribing information: contraindications",
		Publisher: "US FDA-approved labeling (WikiDoc copy)",
		Year:      2026,
		Locator:   "contraindicated in patients using opioids or undergoing acute opioid withdrawal; " + consulted,
		URL:       "https://wikidoc.org./index.php?diff=prev&oldid=1740575&title=Olanzapine_and_samidorphan",
	}
	srcLybalviDose = evidence.Source{
		Title:     "LYBALVI dosing for healthcare professionals",
		Publisher: "Alkermes (from the prescribing information)",
		Year:      2026,
		Locator:   "samidorphan fixed at 10 mg; maximum 20 mg/10 mg once daily; " + consulted,
		URL:       "https://lybalvihcp.com/dosing",
	}
)

var (
	srcAripiprazoleDose = evidence.Source{
		Title:     "Abilify (aripiprazole): dosing and uses",
		Publisher: "Medscape Drugs & Diseases",
		Year:      2026,
		Locator:   "schizophrenia: not to exceed 30 mg/day orally; " + consulted,
		URL:       "https://reference.medscape.com/drug/abilify-maintena-aristada-aripiprazole-342983",
	}
	srcSedativeMaxDoses = evidence.Source{
		Title:     "Vendor Drug Program retrospective drug use criteria: sedative/hypnotics, maximum recommended daily doses in adults",
		Publisher: "Texas Health and Human Services",
		Year:      2026,
		Locator:   "Tables 1 and 3: temazepam 30 mg; eszopiclone 3 mg (2 mg over 65); zaleplon 20 mg (10 mg over 65); " + consulted,
		URL:       "https://www.txvendordrug.com/resources/manuals/vdp-retrospective-drug-use-criteria-handbook/4-drug-use-criteria/sedativehypnotics/1-dosage/1-1-adults",
	}
	srcDementiaDrugs = evidence.Source{
		Title:     "Diagnosis and management of dementia: review (Table 3, approved treatments for dementia due to Alzheimer disease)",
		Publisher: "JAMA 322(16):1589-1599 (Arvanitakis Z, Shah RC, Bennett DA)",
		Year:      2019,
		Locator:   "donepezil 5 mg, then 10 mg, up to 23 mg once daily",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC7462122/table/T3",
	}
	srcMemantine = evidence.Source{
		Title:     "Memantine: dosage and interactions (Table 2)",
		Publisher: "PubMed Central review table",
		Year:      2016,
		Locator:   "5 mg daily starting dose, titrated to 10 mg twice a day; no major drug interactions",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC4920050/table/T2",
	}
	srcLevothyroxine = evidence.Source{
		Title:     "Levothyroxine sodium (Thyvex) full prescribing information: drug interactions",
		Publisher: "MIMS Philippines",
		Year:      2026,
		Locator:   "tricyclic response accelerated and arrhythmias possible; sympathomimetic effects enhanced; hypertension and tachycardia reported with ketamine; carbamazepine and phenytoin enhance thyroid hormone metabolism, starting or stopping them may alter the dose required; " + consulted,
		URL:       "https://sit.mimsdev.com/philippines/drug/info/thyvex-50-thyvex-100/drug-interactions",
	}
	srcCYP2D6Classes = evidence.Source{
		Title:     "Major drug classes divided by known CYP2D6 inhibitory activity (Table 3)",
		Publisher: "J Clin Oncol 28(16):2768-2776",
		Year:      2010,
		Locator:   "antipsychotics including fluphenazine and perphenazine; SSRIs and SNRIs by inhibitory strength",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC2881853/table/T3",
	}
)

var (
	srcAntipsychoticInducers = evidence.Source{
		Title:     "Selected antipsychotics / strong CYP3A4 inducers interaction",
		Publisher: "WebMD (First Databank), citing the Abilify (2019), Rexulti (2020), Haldol, Invega and Seroquel US prescribing information",
		Year:      2020,
		Locator:   "carbamazepine, St John's wort and other strong inducers lower aripiprazole, brexpiprazole, haloperidol, paliperidone and quetiapine; the dose may need to change",
		URL:       "https://www.webmd.com/drugs/2/drug-169290/brexpiprazole-oral/details/list-interaction-details/dmid-1296/dmtitle-selected-antipsychotics-strong-cyp3a4-inducers/intrtype-drug",
	}
	srcRexulti = evidence.Source{
		Title:     "Rexulti (brexpiprazole) full prescribing information: drug interactions",
		Publisher: "MIMS Thailand (Otsuka)",
		Year:      2026,
		Locator:   "half the dose with strong CYP3A4 inhibitors or strong CYP2D6 inhibitors (quinidine, paroxetine, fluoxetine); about three times the dose with strong CYP3A4 inducers; " + consulted,
		URL:       "https://uat.mims.com/thailand/drug/info/rexulti/drug-interactions",
	}
	srcRexultiDose = evidence.Source{
		Title:     "Rexulti (brexpiprazole): dosing and uses",
		Publisher: "Medscape Drugs & Diseases",
		Year:      2026,
		Locator:   "schizophrenia not to exceed 4 mg/day; adjunct in MDD not to exceed 3 mg/day; " + consulted,
		URL:       "https://reference.medscape.com/drug/rexulti-brexpiprazole-1000003",
	}
	srcAlprazolamAlcohol = evidence.Source{
		Title:     "Alpranax (alprazolam) drug interactions",
		Publisher: "MIMS Hong Kong",
		Year:      2026,
		Locator:   "sedative effects enhanced by alcohol; taking alprazolam and alcohol together is not recommended; additive CNS depression with antipsychotics, hypnotics, antidepressants, opioids, antiepileptics and sedative antihistamines; " + consulted,
		URL:       "https://uat.mimsdev.com/hongkong/drug/info/alpranax/drug-interactions",
	}
)
