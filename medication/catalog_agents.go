package medication

import (
	"github.com/wholeperson/integrative/assessment"
	"github.com/wholeperson/integrative/evidence"
)

func claim(p Properties, s ...evidence.Source) Claim { return Claim{Properties: p, Sources: s} }

var (
	onc1  = at(srcONC, "Table 2, pair 1: amphetamine and derivatives with MAOIs")
	onc4  = at(srcONC, "Table 2, pair 4 (paper #8): SSRIs and serotonergic agents with MAOIs")
	onc6  = at(srcONC, "Table 2, pair 6 (paper #16): narcotic analgesics with MAOIs")
	onc7  = at(srcONC, "Table 2, pair 7 (paper #20): tricyclic antidepressants with MAOIs")
	onc8  = at(srcONC, "Table 2, pair 8 (paper #21): QT-prolonging agents together")
	onc9  = at(srcONC, "Table 2, pair 9: ramelteon with strong CYP1A2 inhibitors")
	onc10 = at(srcONC, "Table 2, pair 10 (paper #23): strong CYP3A4 inducers with protease inhibitors")
	onc13 = at(srcONC, "Table 2, pair 13: tizanidine with CYP1A2 inhibitors")
	onc14 = at(srcONC, "Table 2, pair 14: tranylcypromine with procarbazine")
	onc15 = at(srcONC, "Table 2, pair 15: triptans with MAOIs")
)

var (
	mgPatch  = []Unit{UnitMg, UnitMgPer24h}
	mcgPatch = []Unit{UnitMg, UnitMcg, UnitMcgPerHour}
	// mgMcgPatch is for clonidine: tablets in mg or mcg, the weekly patch
	// by its daily delivery in mg/24h.
	mgMcgPatch = []Unit{UnitMg, UnitMcg, UnitMgPer24h}
)

func agentTable() []Agent {
	return []Agent{
		// SSRIs.
		{ID: "citalopram", Kind: KindDrug, Name: "citalopram", Brands: []string{"Celexa"}, Synonyms: []string{"citalopram hydrobromide"}, RxNorm: "2556", Class: ClassSSRI,
			Claims: []Claim{claim(QTProlonging, srcCitalopramDSC, srcCredibleMeds)},
			Doses: []DoseRange{{UsualMin: 20, UsualMax: 40, Max: 40, Sources: cite(srcCitalopramDSC, srcUsualDoses),
				Limits: []PopulationLimit{{MinAge: 61, Max: 20, Reason: "dose-dependent QT prolongation; 20 mg/day is the maximum over age 60", Severity: SeverityMajor, Sources: cite(srcCitalopramDSC)}}}},
			Sources: cite(srcCPIC, onc4)},
		{ID: "escitalopram", Kind: KindDrug, Name: "escitalopram", Brands: []string{"Lexapro", "Cipralex"}, Synonyms: []string{"escitalopram oxalate"}, RxNorm: "321988", Class: ClassSSRI,
			Claims:  []Claim{claim(QTProlonging, srcCredibleMeds)},
			Doses:   []DoseRange{{UsualMin: 10, UsualMax: 20, Max: 20, Sources: cite(srcEscitalopramLabel, srcUsualDoses)}},
			Sources: cite(srcCPIC, onc4)},
		{ID: "fluoxetine", Kind: KindDrug, Name: "fluoxetine", Brands: []string{"Prozac", "Sarafem"}, Synonyms: []string{"fluoxetine hydrochloride"}, RxNorm: "4493", Class: ClassSSRI,
			Claims:  []Claim{claim(CYP2D6InhibitorStrong, srcTrintellix, srcThioridazine)},
			Doses:   []DoseRange{{UsualMin: 20, UsualMax: 60, Max: 80, Sources: cite(srcFluoxetineLabel, srcUsualDoses)}},
			Washout: 35, WashoutSources: cite(srcFluoxetineWashout, srcLinezolidDSC),
			Sources: cite(srcCPIC, onc4)},
		{ID: "fluvoxamine", Kind: KindDrug, Name: "fluvoxamine", Brands: []string{"Luvox", "Luvox CR"}, Synonyms: []string{"fluvoxamine maleate"}, RxNorm: "42355", Class: ClassSSRI,
			Claims:  []Claim{claim(CYP1A2InhibitorStrong, srcLuvoxCR, onc9, onc13)},
			Doses:   []DoseRange{{UsualMin: 50, UsualMax: 300, Sources: cite(srcUsualDoses)}},
			Sources: cite(srcCPIC, onc4)},
		{ID: "paroxetine", Kind: KindDrug, Name: "paroxetine", Brands: []string{"Paxil", "Paxil CR", "Pexeva", "Seroxat"}, Synonyms: []string{"paroxetine hydrochloride", "paroxetine mesylate"}, RxNorm: "32937", Class: ClassSSRI,
			Claims:  []Claim{claim(CYP2D6InhibitorStrong, srcTrintellix, srcThioridazine)},
			Doses:   []DoseRange{{UsualMin: 20, UsualMax: 50, Max: 50, Sources: cite(srcParoxetineLabel, srcUsualDoses)}},
			Sources: cite(srcCPIC, onc4)},
		{ID: "sertraline", Kind: KindDrug, Name: "sertraline", Brands: []string{"Zoloft", "Lustral"}, Synonyms: []string{"sertraline hydrochloride"}, RxNorm: "36437", Class: ClassSSRI,
			Doses:   []DoseRange{{UsualMin: 50, UsualMax: 200, Max: 200, Sources: cite(srcSertralineLabel, srcUsualDoses)}},
			Sources: cite(srcCPIC, onc4)},

		// SNRIs.
		{ID: "venlafaxine", Kind: KindDrug, Name: "venlafaxine", Brands: []string{"Effexor", "Effexor XR"}, Synonyms: []string{"venlafaxine hydrochloride"}, RxNorm: "39786", Class: ClassSNRI,
			Doses:   []DoseRange{{Release: ReleaseExtended, UsualMin: 75, UsualMax: 375, Sources: cite(srcUsualDoses)}},
			Sources: cite(srcCPIC, onc4)},
		{ID: "desvenlafaxine", Kind: KindDrug, Name: "desvenlafaxine", Brands: []string{"Pristiq"}, Synonyms: []string{"desvenlafaxine succinate"}, Class: ClassSNRI,
			Doses:   []DoseRange{{UsualMin: 50, UsualMax: 100, Sources: cite(srcUsualDoses)}},
			Sources: cite(onc4)},
		{ID: "duloxetine", Kind: KindDrug, Name: "duloxetine", Brands: []string{"Cymbalta"}, Synonyms: []string{"duloxetine hydrochloride"}, RxNorm: "72625", Class: ClassSNRI,
			Doses:   []DoseRange{{UsualMin: 60, UsualMax: 120, Sources: cite(srcUsualDoses)}},
			Sources: cite(srcCPIC, onc4)},
		{ID: "milnacipran", Kind: KindDrug, Name: "milnacipran", Brands: []string{"Savella"}, Class: ClassSNRI,
			Sources: cite(onc4)},

		// Tricyclics.
		{ID: "amitriptyline", Kind: KindDrug, Name: "amitriptyline", Brands: []string{"Elavil"}, RxNorm: "704", Class: ClassTricyclic,
			Claims: []Claim{claim(CYP3A4Substrate, srcSJWReview)}, Sources: cite(srcCPIC, srcSerotonergicPotential)},
		{ID: "clomipramine", Kind: KindDrug, Name: "clomipramine", Brands: []string{"Anafranil"}, RxNorm: "2597", Class: ClassTricyclic, Sources: cite(srcCPIC, srcMethyleneBlueDSC)},
		{ID: "desipramine", Kind: KindDrug, Name: "desipramine", Brands: []string{"Norpramin"}, RxNorm: "3247", Class: ClassTricyclic, Sources: cite(srcCPIC, srcSerotonergicPotential)},
		{ID: "doxepin", Kind: KindDrug, Name: "doxepin", Brands: []string{"Sinequan", "Silenor"}, RxNorm: "3638", Class: ClassTricyclic, Sources: cite(srcCPIC, srcSerotonergicPotential)},
		{ID: "imipramine", Kind: KindDrug, Name: "imipramine", Brands: []string{"Tofranil"}, RxNorm: "5691", Class: ClassTricyclic, Sources: cite(srcCPIC, srcSerotonergicPotential)},
		{ID: "nortriptyline", Kind: KindDrug, Name: "nortriptyline", Brands: []string{"Pamelor", "Aventyl"}, RxNorm: "7531", Class: ClassTricyclic, Sources: cite(srcCPIC, srcSerotonergicPotential)},
		{ID: "protriptyline", Kind: KindDrug, Name: "protriptyline", Brands: []string{"Vivactil"}, RxNorm: "8886", Class: ClassTricyclic, Sources: cite(srcCPIC, onc7)},
		{ID: "trimipramine", Kind: KindDrug, Name: "trimipramine", Brands: []string{"Surmontil"}, RxNorm: "10834", Class: ClassTricyclic, Sources: cite(srcCPIC, onc7)},

		// MAO inhibitors.
		{ID: "phenelzine", Kind: KindDrug, Name: "phenelzine", Brands: []string{"Nardil"}, Class: ClassMAOI, Sources: cite(onc4, srcSerotonergicPotential)},
		{ID: "tranylcypromine", Kind: KindDrug, Name: "tranylcypromine", Brands: []string{"Parnate"}, Class: ClassMAOI, Sources: cite(onc4, srcSerotonergicPotential)},
		{ID: "isocarboxazid", Kind: KindDrug, Name: "isocarboxazid", Brands: []string{"Marplan"}, Class: ClassMAOI, Sources: cite(onc4, srcSerotonergicPotential)},
		{ID: "selegiline", Kind: KindDrug, Name: "selegiline", Brands: []string{"Emsam", "Eldepryl", "Zelapar"}, Synonyms: []string{"selegiline transdermal system", "selegiline patch"}, Class: ClassMAOI, Units: mgPatch,
			Sources: cite(at(srcONC, "Table 2, MAOI precipitants (the panel suggested downgrading selegiline, MAO-B selective at low doses)"), srcSerotonergicPotential)},
		{ID: "moclobemide", Kind: KindDrug, Name: "moclobemide", Brands: []string{"Manerix", "Aurorix"}, Class: ClassMAOI, Sources: cite(onc15, srcSerotonergicPotential)},

		// Other antidepressants.
		{ID: "bupropion", Kind: KindDrug, Name: "bupropion", Brands: []string{"Wellbutrin", "Wellbutrin SR", "Wellbutrin XL", "Zyban", "Aplenzin", "Forfivo XL"}, Synonyms: []string{"bupropion hydrochloride", "bupropion hydrobromide"}, RxNorm: "42347", Class: ClassNDRI,
			Claims: []Claim{claim(CYP2D6InhibitorStrong, srcTrintellix), claim(LowersSeizureThreshold, srcBupropionLabel)},
			Doses: []DoseRange{
				{Release: ReleaseSustained, UsualMin: 300, UsualMax: 400, Max: 400, Sources: cite(srcBupropionLabel, srcUsualDoses)},
				{Release: ReleaseExtended, UsualMin: 300, UsualMax: 450, Max: 450, Sources: cite(srcBupropionLabel, srcUsualDoses)},
			},
			Sources: cite(srcCPIC, srcBupropionLabel)},
		{ID: "mirtazapine", Kind: KindDrug, Name: "mirtazapine", Brands: []string{"Remeron", "Remeron SolTab"}, RxNorm: "15996", Class: ClassNaSSA,
			Doses:   []DoseRange{{UsualMin: 15, UsualMax: 45, Sources: cite(srcUsualDoses)}},
			Sources: cite(srcCPIC, srcRemeronMAOI)},
		{ID: "trazodone", Kind: KindDrug, Name: "trazodone", Brands: []string{"Desyrel", "Oleptro"}, Synonyms: []string{"trazodone hydrochloride"}, Class: ClassSARI, Sources: cite(srcSerotonergicPotential)},
		{ID: "nefazodone", Kind: KindDrug, Name: "nefazodone", Brands: []string{"Serzone"}, Class: ClassSARI, Sources: cite(onc4, srcSerotonergicPotential)},
		{ID: "vilazodone", Kind: KindDrug, Name: "vilazodone", Brands: []string{"Viibryd"}, Class: ClassSerotoninModulator,
			Doses:   []DoseRange{{UsualMin: 20, UsualMax: 40, Sources: cite(srcUsualDoses)}},
			Sources: cite(srcLinezolidDSC)},
		{ID: "vortioxetine", Kind: KindDrug, Name: "vortioxetine", Brands: []string{"Trintellix", "Brintellix"}, RxNorm: "1455099", Class: ClassSerotoninModulator,
			Doses:   []DoseRange{{UsualMin: 10, UsualMax: 20, Sources: cite(srcUsualDoses)}},
			Washout: 21, WashoutSources: cite(srcTrintellix),
			Sources: cite(srcCPIC, srcTrintellix)},

		// Mood stabilizers.
		{ID: "lithium", Kind: KindDrug, Name: "lithium", Brands: []string{"Lithobid", "Eskalith", "Priadel", "Camcolit"}, Synonyms: []string{"lithium carbonate", "lithium citrate"}, RxNorm: "6448", Class: ClassLithium,
			Sources: cite(srcUMLSLithium, srcLithiumLabel)},
		{ID: "valproate", Kind: KindDrug, Name: "valproate", Brands: []string{"Depakote", "Depakote ER", "Depakene", "Epilim", "Epival"}, Synonyms: []string{"valproic acid", "divalproex", "divalproex sodium", "sodium valproate"}, RxNorm: "11118", Class: ClassAntiepileptic,
			Claims:   []Claim{claim(Hepatotoxic, srcValproateBW)},
			Warnings: []Warning{{Text: "Hepatotoxicity (usually in the first 6 months), fetal risk (neural tube defects, other major malformations, decreased IQ) and pancreatitis.", Sources: cite(srcValproateBW)}},
			Sources:  cite(srcCPIC, srcValproateBW)},
		{ID: "lamotrigine", Kind: KindDrug, Name: "lamotrigine", Brands: []string{"Lamictal", "Lamictal XR"}, RxNorm: "28439", Class: ClassAntiepileptic,
			Warnings: []Warning{{Text: "Serious skin rashes, including Stevens-Johnson syndrome and toxic epidermal necrolysis; risk raised by valproate, by exceeding the initial dose or the dose escalation.", Sources: cite(srcLamotrigineBW)}},
			Sources:  cite(srcCPIC, srcLamotrigineBW)},
		{ID: "carbamazepine", Kind: KindDrug, Name: "carbamazepine", Brands: []string{"Tegretol", "Tegretol XR", "Equetro", "Carbatrol"}, RxNorm: "2002", Class: ClassAntiepileptic,
			Claims:   []Claim{claim(CYP3A4InducerStrong, srcStockleyCarbamazepine, srcMSDInteractions, onc10)},
			Warnings: []Warning{{Text: "Serious dermatologic reactions strongly associated with HLA-B*1502 (screen people with ancestry in at-risk populations); aplastic anemia and agranulocytosis.", Sources: cite(srcCarbamazepineBW)}},
			Sources:  cite(srcCPIC, srcCarbamazepineBW)},
		{ID: "oxcarbazepine", Kind: KindDrug, Name: "oxcarbazepine", Brands: []string{"Trileptal", "Oxtellar XR"}, RxNorm: "32624", Class: ClassAntiepileptic, Sources: cite(srcCPIC)},

		// Antipsychotics.
		{ID: "haloperidol", Kind: KindDrug, Name: "haloperidol", Brands: []string{"Haldol"}, Synonyms: []string{"haloperidol decanoate"}, RxNorm: "5093", Class: ClassFGA,
			Claims: []Claim{claim(QTProlonging, srcCredibleMeds)}, Sources: cite(srcCPIC, srcQTLabels)},
		{ID: "chlorpromazine", Kind: KindDrug, Name: "chlorpromazine", Brands: []string{"Thorazine", "Largactil"}, Class: ClassFGA,
			Claims: []Claim{claim(QTProlonging, srcCredibleMeds)}, Sources: cite(srcCredibleMeds)},
		{ID: "perphenazine", Kind: KindDrug, Name: "perphenazine", Brands: []string{"Trilafon"}, RxNorm: "8076", Class: ClassFGA, Sources: cite(srcCPIC)},
		{ID: "pimozide", Kind: KindDrug, Name: "pimozide", Brands: []string{"Orap"}, RxNorm: "8331", Class: ClassFGA,
			Claims: []Claim{claim(QTProlonging, srcCredibleMeds), claim(QTContraindicating, srcQTLabels)}, Sources: cite(srcCPIC, srcQTLabels)},
		{ID: "thioridazine", Kind: KindDrug, Name: "thioridazine", Brands: []string{"Mellaril"}, RxNorm: "10502", Class: ClassFGA,
			Claims:   []Claim{claim(QTProlonging, srcCredibleMeds), claim(QTContraindicating, srcQTLabels, srcThioridazine)},
			Warnings: []Warning{{Text: "Dose-related QTc prolongation, torsades de pointes and sudden death; reserve for schizophrenia that failed other antipsychotics.", Sources: cite(srcThioridazine)}},
			Sources:  cite(srcCPIC, srcThioridazine)},
		{ID: "zuclopenthixol", Kind: KindDrug, Name: "zuclopenthixol", Brands: []string{"Clopixol"}, RxNorm: "114176", Class: ClassFGA, Sources: cite(srcCPIC)},
		{ID: "aripiprazole", Kind: KindDrug, Name: "aripiprazole", Brands: []string{"Abilify", "Abilify Maintena", "Aristada"}, RxNorm: "89013", Class: ClassSGA, Sources: cite(srcCPIC)},
		{ID: "brexpiprazole", Kind: KindDrug, Name: "brexpiprazole", Brands: []string{"Rexulti"}, RxNorm: "1658314", Class: ClassSGA, Sources: cite(srcCPIC)},
		{ID: "clozapine", Kind: KindDrug, Name: "clozapine", Brands: []string{"Clozaril", "FazaClo", "Versacloz"}, RxNorm: "2626", Class: ClassSGA,
			Claims:   []Claim{claim(CYP3A4Substrate, srcClozapineInteractions), claim(LowersSeizureThreshold, srcClozapineBW)},
			Warnings: []Warning{{Text: "Severe neutropenia; orthostatic hypotension, bradycardia and syncope; seizures; myocarditis and cardiomyopathy; increased mortality in elderly patients with dementia-related psychosis.", Sources: cite(srcClozapineBW)}},
			Sources:  cite(srcCPIC, srcClozapineBW)},
		{ID: "iloperidone", Kind: KindDrug, Name: "iloperidone", Brands: []string{"Fanapt"}, RxNorm: "73178", Class: ClassSGA, Sources: cite(srcCPIC)},
		{ID: "olanzapine", Kind: KindDrug, Name: "olanzapine", Brands: []string{"Zyprexa", "Zyprexa Relprevv"}, RxNorm: "61381", Class: ClassSGA, Sources: cite(srcCPIC, srcQTLabels)},
		{ID: "paliperidone", Kind: KindDrug, Name: "paliperidone", Brands: []string{"Invega", "Invega Sustenna"}, Class: ClassSGA, Sources: cite(srcQTLabels)},
		{ID: "quetiapine", Kind: KindDrug, Name: "quetiapine", Brands: []string{"Seroquel", "Seroquel XR"}, Synonyms: []string{"quetiapine fumarate"}, Class: ClassSGA, Sources: cite(srcQTLabels)},
		{ID: "risperidone", Kind: KindDrug, Name: "risperidone", Brands: []string{"Risperdal", "Risperdal Consta"}, RxNorm: "35636", Class: ClassSGA, Sources: cite(srcCPIC, srcQTLabels)},
		{ID: "ziprasidone", Kind: KindDrug, Name: "ziprasidone", Brands: []string{"Geodon"}, Class: ClassSGA,
			Claims: []Claim{claim(QTProlonging|QTContraindicating, srcQTLabels)}, Sources: cite(srcQTLabels)},

		// Sedatives, anxiolytics, hypnotics.
		{ID: "alprazolam", Kind: KindDrug, Name: "alprazolam", Brands: []string{"Xanax", "Xanax XR"}, Class: ClassBenzodiazepine,
			Claims: []Claim{claim(CYP3A4Substrate, srcSJWReview)}, Sources: cite(srcBenzoBW2020, srcSJWReview)},
		{ID: "clonazepam", Kind: KindDrug, Name: "clonazepam", Brands: []string{"Klonopin", "Rivotril"}, Class: ClassBenzodiazepine, Sources: cite(srcBenzoBW2020)},
		{ID: "diazepam", Kind: KindDrug, Name: "diazepam", Brands: []string{"Valium"}, RxNorm: "3322", Class: ClassBenzodiazepine, Sources: cite(srcCPIC, srcBenzoBW2020)},
		{ID: "lorazepam", Kind: KindDrug, Name: "lorazepam", Brands: []string{"Ativan"}, Class: ClassBenzodiazepine, Sources: cite(srcBenzoBW2020)},
		{ID: "midazolam", Kind: KindDrug, Name: "midazolam", Brands: []string{"Versed"}, RxNorm: "6960", Class: ClassBenzodiazepine, Sources: cite(srcCPIC, srcBenzoBW2020)},
		{ID: "oxazepam", Kind: KindDrug, Name: "oxazepam", Brands: []string{"Serax"}, RxNorm: "7781", Class: ClassBenzodiazepine, Sources: cite(srcCPIC, srcBenzoBW2020)},
		{ID: "zolpidem", Kind: KindDrug, Name: "zolpidem", Brands: []string{"Ambien", "Ambien CR", "Edluar", "Intermezzo", "Zolpimist"}, Synonyms: []string{"zolpidem tartrate"}, Class: ClassZDrug,
			Doses: []DoseRange{
				{Release: ReleaseImmediate, Max: 10, Sources: cite(srcZolpidemDSC),
					Limits: []PopulationLimit{{Sex: assessment.SexFemale, Max: 5, Reason: "women clear zolpidem more slowly; next-morning impairment", Severity: SeverityModerate, Sources: cite(srcZolpidemDSC)}}},
				{Release: ReleaseExtended, Max: 12.5, Sources: cite(srcZolpidemDSC),
					Limits: []PopulationLimit{{Sex: assessment.SexFemale, Max: 6.25, Reason: "women clear zolpidem more slowly; next-morning impairment", Severity: SeverityModerate, Sources: cite(srcZolpidemDSC)}}},
			},
			Sources: cite(srcZolpidemDSC)},
		{ID: "buspirone", Kind: KindDrug, Name: "buspirone", Brands: []string{"Buspar"}, Synonyms: []string{"buspirone hydrochloride"}, Class: ClassAnxiolytic, Sources: cite(srcSerotonergicPotential, srcSJWReview)},
		{ID: "hydroxyzine", Kind: KindDrug, Name: "hydroxyzine", Brands: []string{"Vistaril", "Atarax"}, Synonyms: []string{"hydroxyzine hydrochloride", "hydroxyzine pamoate"}, Class: ClassAntihistamine,
			Claims:  []Claim{claim(CNSDepressant, srcHydroxyzineLabel), claim(QTProlonging, srcHydroxyzineLabel)},
			Sources: cite(srcHydroxyzineLabel)},
		{ID: "prazosin", Kind: KindDrug, Name: "prazosin", Brands: []string{"Minipress"}, Class: ClassAlphaBlocker, Sources: cite(srcVADoDPTSD)},
		{ID: "gabapentin", Kind: KindDrug, Name: "gabapentin", Brands: []string{"Neurontin", "Gralise", "Horizant"}, Synonyms: []string{"gabapentin enacarbil"}, Class: ClassGabapentinoid, Sources: cite(srcGabapentinoidDSC)},
		{ID: "pregabalin", Kind: KindDrug, Name: "pregabalin", Brands: []string{"Lyrica"}, Class: ClassGabapentinoid, Sources: cite(srcGabapentinoidDSC)},
		{ID: "ramelteon", Kind: KindDrug, Name: "ramelteon", Brands: []string{"Rozerem"}, Class: ClassMelatoninAgonist, Sources: cite(onc9)},

		// ADHD.
		{ID: "amphetamine", Kind: KindDrug, Name: "amphetamine", Brands: []string{"Adderall", "Adderall XR", "Evekeo", "Mydayis"}, Synonyms: []string{"mixed amphetamine salts", "amphetamine sulfate"}, Class: ClassStimulant,
			Claims: []Claim{claim(Serotonergic, srcSerotonergicPotential)}, Sources: cite(onc1)},
		{ID: "dextroamphetamine", Kind: KindDrug, Name: "dextroamphetamine", Brands: []string{"Dexedrine", "Zenzedi"}, Class: ClassStimulant, Sources: cite(onc1)},
		{ID: "lisdexamfetamine", Kind: KindDrug, Name: "lisdexamfetamine", Brands: []string{"Vyvanse", "Elvanse"}, Synonyms: []string{"lisdexamphetamine"}, Class: ClassStimulant, Sources: cite(onc1)},
		{ID: "methylphenidate", Kind: KindDrug, Name: "methylphenidate", Brands: []string{"Ritalin", "Concerta", "Metadate", "Daytrana", "Quillivant"}, RxNorm: "6901", Class: ClassStimulant, Sources: cite(srcCPIC, onc1)},
		{ID: "dexmethylphenidate", Kind: KindDrug, Name: "dexmethylphenidate", Brands: []string{"Focalin"}, Class: ClassStimulant, Sources: cite(onc1)},
		{ID: "atomoxetine", Kind: KindDrug, Name: "atomoxetine", Brands: []string{"Strattera"}, RxNorm: "38400", Class: ClassNonstimulantADHD,
			Claims: []Claim{claim(Sympathomimetic, onc1)}, Sources: cite(srcCPIC, onc1)},
		{ID: "guanfacine", Kind: KindDrug, Name: "guanfacine", Brands: []string{"Intuniv", "Tenex"}, Class: ClassAlpha2Agonist, Sources: cite(srcVADoDPTSD)},
		{ID: "clonidine", Kind: KindDrug, Name: "clonidine", Brands: []string{"Catapres", "Catapres-TTS", "Kapvay"}, Synonyms: []string{"clonidine hydrochloride"}, Class: ClassAlpha2Agonist, Units: mgMcgPatch,
			Claims: []Claim{claim(CNSDepressant, srcKapvay)},
			// The immediate-release adult range only: Kapvay's 0.1-0.4 mg/day
			// is labeled for children and adolescents with ADHD.
			Doses:    []DoseRange{{Release: ReleaseImmediate, UsualMin: 0.2, UsualMax: 0.6, Max: 2.4, Sources: cite(srcCatapres)}},
			Warnings: []Warning{{Text: "Rebound hypertension after abrupt discontinuation: when stopping, taper in steps of no more than 0.1 mg every 3 to 7 days (label warning, not boxed).", Sources: cite(srcKapvay, srcClonidineERTaper)}},
			Sources:  cite(srcCatapres, srcKapvay)},

		// Substance use disorder treatment.
		{ID: "methadone", Kind: KindDrug, Name: "methadone", Brands: []string{"Dolophine", "Methadose", "Diskets"}, Synonyms: []string{"methadone hydrochloride"}, RxNorm: "6813", Class: ClassOpioidTreatment,
			Claims: []Claim{
				claim(OpioidAgonist|CNSDepressant, srcMOUDNotWithhold, srcMethadoneLabel),
				claim(QTProlonging, srcCredibleMeds, srcMethadonePDR),
				claim(Serotonergic, srcOpioidSerotoninDSC),
				claim(CYP3A4Substrate, srcMethadoneLabel),
			},
			Warnings: []Warning{{Text: "Life-threatening QT prolongation, also at maintenance doses; take particular care at initiation, conversion and titration.", Sources: cite(srcMethadonePDR)}},
			Sources:  cite(srcCPIC, onc6)},
		{ID: "buprenorphine", Kind: KindDrug, Name: "buprenorphine", Brands: []string{"Subutex", "Suboxone", "Zubsolv", "Sublocade", "Brixadi", "Butrans", "Belbuca"}, Synonyms: []string{"buprenorphine and naloxone", "buprenorphine-naloxone"}, Class: ClassOpioidTreatment, Units: mcgPatch,
			Claims:  []Claim{claim(OpioidPartialAgonist|CNSDepressant, srcMOUDNotWithhold, srcMethadoneLabel)},
			Washout: 14, WashoutSources: cite(srcVivitrol),
			Sources: cite(srcMOUDNotWithhold)},
		{ID: "naltrexone", Kind: KindDrug, Name: "naltrexone", Brands: []string{"Vivitrol", "Revia", "Depade"}, Synonyms: []string{"naltrexone hydrochloride"}, RxNorm: "7243", Class: ClassOpioidAntagonist, Sources: cite(srcCPIC, srcVivitrol)},
		{ID: "naloxone", Kind: KindDrug, Name: "naloxone", Brands: []string{"Narcan", "Kloxxado", "Zimhi"}, RxNorm: "7242", Class: ClassOpioidAntagonist, Sources: cite(srcCPIC, srcMethadoneLabel)},
		{ID: "disulfiram", Kind: KindDrug, Name: "disulfiram", Brands: []string{"Antabuse"}, Class: ClassAlcoholTreatment, Sources: cite(srcDisulfiram)},
		{ID: "acamprosate", Kind: KindDrug, Name: "acamprosate", Brands: []string{"Campral"}, Synonyms: []string{"acamprosate calcium"}, Class: ClassAlcoholTreatment,
			Doses:   []DoseRange{{UsualMax: 1998, Sources: cite(srcAcamprosateLabel)}},
			Sources: cite(srcAcamprosateLabel, srcAcamprosateMedscape)},
		{ID: "esketamine", Kind: KindDrug, Name: "esketamine", Brands: []string{"Spravato"}, Class: ClassNMDAAntagonist,
			Warnings: []Warning{{Text: "Sedation; dissociation; abuse and misuse; suicidal thoughts and behaviors. Given only in a certified setting under the REMS, with monitoring for at least 2 hours after each dose.", Sources: cite(srcEsketamineBW)}},
			Sources:  cite(srcEsketamineBW)},

		// Opioid analgesics and antitussives.
		{ID: "codeine", Kind: KindDrug, Name: "codeine", RxNorm: "2670", Class: ClassOpioidAnalgesic, Sources: cite(srcCPIC, srcOpioidBenzoBW)},
		{ID: "fentanyl", Kind: KindDrug, Name: "fentanyl", Brands: []string{"Duragesic", "Actiq", "Fentora", "Sublimaze"}, RxNorm: "4337", Class: ClassOpioidAnalgesic, Units: mcgPatch,
			Claims: []Claim{claim(Serotonergic, srcOpioidSerotoninDSC)}, Sources: cite(srcCPIC, onc6)},
		{ID: "hydrocodone", Kind: KindDrug, Name: "hydrocodone", Brands: []string{"Norco", "Vicodin", "Hysingla ER", "Zohydro ER"}, Class: ClassOpioidAnalgesic, Sources: cite(srcOpioidBenzoBW)},
		{ID: "meperidine", Kind: KindDrug, Name: "meperidine", Brands: []string{"Demerol"}, Synonyms: []string{"pethidine"}, Class: ClassOpioidAnalgesic,
			Claims: []Claim{claim(Serotonergic, srcOpioidSerotoninDSC, srcSerotonergicPotential)}, Sources: cite(onc6)},
		{ID: "morphine", Kind: KindDrug, Name: "morphine", Brands: []string{"MS Contin", "Kadian"}, RxNorm: "7052", Class: ClassOpioidAnalgesic, Sources: cite(srcCPIC, srcOpioidBenzoBW)},
		{ID: "oxycodone", Kind: KindDrug, Name: "oxycodone", Brands: []string{"OxyContin", "Roxicodone", "Percocet"}, RxNorm: "7804", Class: ClassOpioidAnalgesic, Sources: cite(srcCPIC, srcOpioidBenzoBW)},
		{ID: "tapentadol", Kind: KindDrug, Name: "tapentadol", Brands: []string{"Nucynta"}, Class: ClassOpioidAnalgesic,
			Claims: []Claim{claim(Serotonergic, srcOpioidSerotoninDSC)}, Sources: cite(onc6)},
		{ID: "tramadol", Kind: KindDrug, Name: "tramadol", Brands: []string{"Ultram", "Ultracet", "ConZip"}, RxNorm: "10689", Class: ClassOpioidAnalgesic,
			Claims: []Claim{claim(Serotonergic, srcOpioidSerotoninDSC, srcSerotonergicPotential)}, Sources: cite(srcCPIC, onc6)},
		{ID: "dextromethorphan", Kind: KindDrug, Name: "dextromethorphan", Brands: []string{"Robitussin DM", "Delsym"}, Synonyms: []string{"dxm"}, RxNorm: "3289", Class: ClassAntitussive,
			Claims: []Claim{claim(Serotonergic, srcSerotonergicPotential)}, Sources: cite(srcCPIC, onc6)},

		// Triptans.
		{ID: "sumatriptan", Kind: KindDrug, Name: "sumatriptan", Brands: []string{"Imitrex", "Treximet"}, Class: ClassTriptan, Sources: cite(onc15)},
		{ID: "rizatriptan", Kind: KindDrug, Name: "rizatriptan", Brands: []string{"Maxalt"}, Class: ClassTriptan, Sources: cite(onc15)},
		{ID: "zolmitriptan", Kind: KindDrug, Name: "zolmitriptan", Brands: []string{"Zomig"}, Class: ClassTriptan, Sources: cite(onc15)},

		// Drugs that raise lithium levels.
		{ID: "ibuprofen", Kind: KindDrug, Name: "ibuprofen", Brands: []string{"Advil", "Motrin", "Nurofen"}, Class: ClassNSAID, Sources: cite(srcLithiumBpac)},
		{ID: "naproxen", Kind: KindDrug, Name: "naproxen", Brands: []string{"Aleve", "Naprosyn", "Anaprox"}, Class: ClassNSAID, Sources: cite(srcLithiumBpac)},
		{ID: "celecoxib", Kind: KindDrug, Name: "celecoxib", Brands: []string{"Celebrex"}, RxNorm: "140587", Class: ClassNSAID, Sources: cite(srcCPIC, srcLithiumBpac)},
		{ID: "diclofenac", Kind: KindDrug, Name: "diclofenac", Brands: []string{"Voltaren", "Cataflam"}, RxNorm: "3355", Class: ClassNSAID, Sources: cite(srcCPIC, srcLithiumBpac)},
		{ID: "captopril", Kind: KindDrug, Name: "captopril", Brands: []string{"Capoten"}, RxNorm: "1998", Class: ClassACEInhibitor, Sources: cite(srcCPIC, srcLithiumBpac)},
		{ID: "enalapril", Kind: KindDrug, Name: "enalapril", Brands: []string{"Vasotec"}, Class: ClassACEInhibitor, Sources: cite(srcLithiumBpac)},
		{ID: "lisinopril", Kind: KindDrug, Name: "lisinopril", Brands: []string{"Prinivil", "Zestril"}, Class: ClassACEInhibitor, Sources: cite(srcLithiumBpac)},
		{ID: "losartan", Kind: KindDrug, Name: "losartan", Brands: []string{"Cozaar"}, Class: ClassARB, Sources: cite(srcLithiumBpac)},
		{ID: "valsartan", Kind: KindDrug, Name: "valsartan", Brands: []string{"Diovan"}, Class: ClassARB, Sources: cite(srcLithiumBpac)},
		{ID: "hydrochlorothiazide", Kind: KindDrug, Name: "hydrochlorothiazide", Synonyms: []string{"hctz"}, RxNorm: "5487", Class: ClassThiazide, Sources: cite(srcCPIC, srcLithiumBpac)},
		{ID: "chlorthalidone", Kind: KindDrug, Name: "chlorthalidone", Brands: []string{"Thalitone"}, Class: ClassThiazide, Sources: cite(srcLithiumBpac)},

		// Other interacting drugs.
		{ID: "linezolid", Kind: KindDrug, Name: "linezolid", Brands: []string{"Zyvox"}, Class: ClassAntibacterial,
			Claims: []Claim{claim(MAOInhibitingOther, srcLinezolidDSC)}, Sources: cite(srcLinezolidDSC)},
		{ID: "methylene-blue", Kind: KindDrug, Name: "methylene blue", Brands: []string{"ProvayBlue"}, Synonyms: []string{"methylthioninium chloride"}, RxNorm: "6878", Class: ClassDiagnosticDye,
			Claims: []Claim{claim(MAOInhibitingOther, srcMethyleneBlueDSC)}, Sources: cite(srcCPIC, srcMethyleneBlueDSC)},
		{ID: "ciprofloxacin", Kind: KindDrug, Name: "ciprofloxacin", Brands: []string{"Cipro"}, RxNorm: "2551", Class: ClassAntibacterial,
			Claims: []Claim{claim(CYP1A2InhibitorStrong, onc9, onc13, srcClozapineInteractions)}, Sources: cite(srcCPIC, onc13)},
		{ID: "metronidazole", Kind: KindDrug, Name: "metronidazole", Brands: []string{"Flagyl"}, Class: ClassAntibacterial, Sources: cite(srcDisulfiram)},
		{ID: "tizanidine", Kind: KindDrug, Name: "tizanidine", Brands: []string{"Zanaflex"}, Class: ClassMuscleRelaxant, Sources: cite(onc13, srcLuvoxCR)},
		{ID: "amiodarone", Kind: KindDrug, Name: "amiodarone", Brands: []string{"Cordarone", "Pacerone"}, Class: ClassAntiarrhythmic, Sources: cite(onc9, onc13)},
		{ID: "mexiletine", Kind: KindDrug, Name: "mexiletine", Class: ClassAntiarrhythmic, Sources: cite(onc13)},
		{ID: "propafenone", Kind: KindDrug, Name: "propafenone", Brands: []string{"Rythmol"}, RxNorm: "8754", Class: ClassAntiarrhythmic, Sources: cite(srcCPIC, onc13)},
		{ID: "zileuton", Kind: KindDrug, Name: "zileuton", Brands: []string{"Zyflo"}, Class: ClassOther, Sources: cite(onc13)},
		{ID: "ticlopidine", Kind: KindDrug, Name: "ticlopidine", Brands: []string{"Ticlid"}, Class: ClassAntiplatelet, Sources: cite(onc9, onc13)},
		{ID: "pseudoephedrine", Kind: KindDrug, Name: "pseudoephedrine", Brands: []string{"Sudafed"}, Class: ClassDecongestant, Sources: cite(onc1)},
		{ID: "phentermine", Kind: KindDrug, Name: "phentermine", Brands: []string{"Adipex-P", "Lomaira"}, Class: ClassAnorectic, Sources: cite(onc1)},
		{ID: "warfarin", Kind: KindDrug, Name: "warfarin", Brands: []string{"Coumadin", "Jantoven"}, RxNorm: "11289", Class: ClassAnticoagulant, Sources: cite(srcCPIC, srcSJWReview)},
		{ID: "ritonavir", Kind: KindDrug, Name: "ritonavir", Brands: []string{"Norvir", "Paxlovid"}, Synonyms: []string{"nirmatrelvir and ritonavir"}, Class: ClassProteaseInhibitor, Sources: cite(onc10)},
		{ID: "atazanavir", Kind: KindDrug, Name: "atazanavir", Brands: []string{"Reyataz"}, RxNorm: "343047", Class: ClassProteaseInhibitor, Sources: cite(srcCPIC, onc10)},
		{ID: "darunavir", Kind: KindDrug, Name: "darunavir", Brands: []string{"Prezista"}, Class: ClassProteaseInhibitor, Sources: cite(onc10)},
		{ID: "lopinavir", Kind: KindDrug, Name: "lopinavir", Brands: []string{"Kaletra"}, Synonyms: []string{"lopinavir and ritonavir"}, Class: ClassProteaseInhibitor, Sources: cite(onc10)},
		{ID: "procarbazine", Kind: KindDrug, Name: "procarbazine", Brands: []string{"Matulane"}, Class: ClassAntineoplastic,
			Claims: []Claim{claim(MAOInhibitor, onc4, onc14)}, Sources: cite(onc14)},
		{ID: "propranolol", Kind: KindDrug, Name: "propranolol", Brands: []string{"Inderal"}, RxNorm: "8787", Class: ClassBetaBlocker, Sources: cite(srcCPIC, srcThioridazine)},
		{ID: "pindolol", Kind: KindDrug, Name: "pindolol", Brands: []string{"Visken"}, Class: ClassBetaBlocker, Sources: cite(srcThioridazine)},

		// Substances.
		{ID: "alcohol", Kind: KindSubstance, Name: "alcohol", Synonyms: []string{"ethanol", "ethyl alcohol", "beer", "wine", "liquor", "spirits", "alcoholic drinks"}, RxNorm: "448", Class: ClassAlcohol,
			Sources: cite(srcCPIC, srcOpioidBenzoBW)},
		{ID: "cannabis", Kind: KindSubstance, Name: "cannabis", Synonyms: []string{"marijuana", "marihuana", "weed", "thc"}, Class: ClassCannabis, Sources: cite(srcVADoDPTSD)},
		{ID: "tobacco", Kind: KindSubstance, Name: "tobacco", Synonyms: []string{"cigarettes", "tobacco smoking", "smoking", "cigars"}, Class: ClassTobacco,
			Claims: []Claim{claim(CYP1A2Inducer, srcClozapineInteractions)}, Sources: cite(srcClozapineInteractions)},
		{ID: "nicotine", Kind: KindSubstance, Name: "nicotine", Brands: []string{"Nicorette", "NicoDerm"}, Synonyms: []string{"vaping", "e-cigarettes", "nicotine vape", "nicotine replacement"}, RxNorm: "7407", Class: ClassTobacco, Sources: cite(srcCPIC)},
		{ID: "illicit-opioids", Kind: KindSubstance, Name: "illicit opioids", Synonyms: []string{"heroin", "street opioids", "non-prescribed opioids", "opioids not prescribed", "illicit fentanyl"}, Class: ClassIllicitOpioid,
			Sources: cite(srcMOUDNotWithhold)},
		{ID: "nonprescribed-benzodiazepines", Kind: KindSubstance, Name: "benzodiazepines not prescribed", Synonyms: []string{"non-prescribed benzodiazepines", "street benzodiazepines", "benzos"}, Class: ClassBenzodiazepine,
			Sources: cite(srcBenzoBW2020)},
		{ID: "cocaine", Kind: KindSubstance, Name: "cocaine", Synonyms: []string{"crack", "crack cocaine"}, Class: ClassIllicitStimulant,
			Claims: []Claim{claim(Serotonergic, srcSerotonergicPotential)}, Sources: cite(srcSerotonergicPotential)},
		{ID: "methamphetamine", Kind: KindSubstance, Name: "methamphetamine", Brands: []string{"Desoxyn"}, Synonyms: []string{"meth", "crystal meth"}, Class: ClassIllicitStimulant,
			Claims: []Claim{claim(Sympathomimetic, onc1)}, Sources: cite(onc1)},
		{ID: "mdma", Kind: KindSubstance, Name: "mdma", Synonyms: []string{"ecstasy", "molly", "methylenedioxymethamphetamine"}, Class: ClassEntactogen, Sources: cite(srcSerotonergicPotential)},
		{ID: "kratom", Kind: KindSubstance, Name: "kratom", Synonyms: []string{"mitragyna speciosa", "mitragynine"}, Class: ClassBotanicalOpioid, Sources: cite(srcKratom)},

		// Herbs and supplements.
		{ID: "st-johns-wort", Kind: KindSupplement, Name: "st john's wort", Synonyms: []string{"saint john's wort", "hypericum", "hypericum perforatum", "st. john's wort"}, Class: ClassHerb,
			Claims:  []Claim{claim(Serotonergic, srcSerotonergicPotential, srcSJWReview), claim(CYP3A4InducerStrong, srcSJWReview, srcMSDInteractions, onc10)},
			Sources: cite(srcSJWReview)},
		{ID: "same", Kind: KindSupplement, Name: "same", Synonyms: []string{"s-adenosylmethionine", "s-adenosyl-l-methionine", "sam-e", "ademetionine"}, Class: ClassSupplement, Sources: cite(srcSAMe)},
		{ID: "5-htp", Kind: KindSupplement, Name: "5-htp", Synonyms: []string{"5-hydroxytryptophan", "oxitriptan"}, Class: ClassSupplement,
			Claims: []Claim{claim(Serotonergic, srcSerotonergicPotential, src5HTP)}, Sources: cite(src5HTP)},
		{ID: "l-tryptophan", Kind: KindSupplement, Name: "l-tryptophan", Synonyms: []string{"tryptophan"}, Class: ClassSupplement,
			Claims: []Claim{claim(Serotonergic, srcSerotonergicPotential)}, Sources: cite(srcSerotonergicPotential)},
		{ID: "kava", Kind: KindSupplement, Name: "kava", Synonyms: []string{"kava kava", "piper methysticum", "kava-kava"}, Class: ClassHerb,
			Claims: []Claim{claim(Hepatotoxic, srcKavaODS)}, Sources: cite(srcKavaODS)},
		{ID: "valerian", Kind: KindSupplement, Name: "valerian", Synonyms: []string{"valerian root", "valeriana officinalis"}, Class: ClassHerb, Sources: cite(srcValerian)},
		{ID: "ginkgo", Kind: KindSupplement, Name: "ginkgo", Synonyms: []string{"ginkgo biloba"}, Class: ClassHerb,
			Claims: []Claim{claim(AffectsBleeding, srcGinkgo)}, Sources: cite(srcGinkgo)},
		{ID: "omega-3", Kind: KindSupplement, Name: "omega-3 fatty acids", Synonyms: []string{"omega-3", "fish oil", "epa", "dha", "omega 3"}, Class: ClassSupplement,
			Claims: []Claim{claim(AffectsBleeding, srcOmega3)}, Sources: cite(srcOmega3)},
		{ID: "melatonin", Kind: KindSupplement, Name: "melatonin", Class: ClassSupplement, Sources: cite(srcMelatoninFluvoxamine)},
		{ID: "l-methylfolate", Kind: KindSupplement, Name: "l-methylfolate", Brands: []string{"Deplin"}, Synonyms: []string{"methylfolate", "5-mthf", "levomefolate"}, Class: ClassSupplement,
			Sources: cite(evidence.Source{Title: "Folate in depression: efficacy, safety, differences in formulations, and clinical issues", Publisher: "J Clin Psychiatry 70(suppl 5):12-17 (Fava M, Mischoulon D)", Year: 2009, URL: "https://dev2.psychiatrist.com/jcp/folate-depression-efficacy-safety-differences-formulations"})},
	}
}
