package medication

// Class-level data: properties, warnings and trial lengths every member of
// a class shares.

var wAntidepressant = Warning{
	Text:    "Suicidal thoughts and behaviors: antidepressants raised the risk compared with placebo in children, adolescents and young adults (to age 24) in short-term trials; monitor closely for worsening, suicidality and unusual changes in behavior, especially in the first months and at dose changes.",
	Sources: cite(srcAntidepressantBW),
}

var wAntipsychotic = Warning{
	Text:    "Increased mortality in elderly patients with dementia-related psychosis (about 1.6-1.7 times placebo, mostly cardiovascular or infectious deaths); not approved for dementia-related psychosis.",
	Sources: cite(srcAntipsychoticBW),
}

var wOpioidBenzo = Warning{
	Text:    "Concomitant use of opioids with benzodiazepines or other CNS depressants, including alcohol, may cause profound sedation, respiratory depression, coma and death.",
	Sources: cite(srcOpioidBenzoBW),
}

// antidepressantTrial is the trial length for every antidepressant class.
var antidepressantTrial = Trial{
	OnsetDays:    28,
	AdequateDays: 28,
	Sources:      cite(srcNG222, srcTRDConsensus),
}

func adTrial() *Trial {
	t := antidepressantTrial
	return &t
}

func classTable() []ClassInfo {
	return []ClassInfo{
		{Class: ClassSSRI, Claims: []Claim{{Properties: Serotonergic, Sources: cite(at(srcONC, "Table 2, SSRIs-MAOIs object class"), srcLinezolidDSC)}, {Properties: SerotoninReuptakeBleeding, Sources: cite(srcZoloftSLC)}}, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassSNRI, Claims: []Claim{{Properties: Serotonergic, Sources: cite(at(srcONC, "Table 2, SSRIs-MAOIs object class"), srcLinezolidDSC)}, {Properties: SerotoninReuptakeBleeding, Sources: cite(srcDuloxetineLabel)}}, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassTricyclic, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcSerotonergicPotential, srcMethyleneBlueDSC)}}, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassMAOI, Claims: []Claim{{Properties: MAOInhibitor | Serotonergic, Sources: cite(at(srcONC, "Table 2, MAOI precipitants"), srcSerotonergicPotential)}}, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassNDRI, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassNaSSA, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcSerotonergicPotential, srcRemeronMAOI)}}, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassSARI, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcSerotonergicPotential)}}, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassSerotoninModulator, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcLinezolidDSC, srcTrintellix)}}, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassLithium, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcSerotonergicPotential, srcLithiumLabel)}}, Warnings: []Warning{{Text: "Lithium toxicity is closely related to serum lithium concentrations and can occur at doses close to therapeutic concentrations; serum levels must be available before starting.", Sources: cite(srcLithiumLabel)}}},
		{Class: ClassAntiepileptic},
		{Class: ClassFGA, Warnings: []Warning{wAntipsychotic}},
		{Class: ClassSGA, Warnings: []Warning{wAntipsychotic}},
		{Class: ClassBenzodiazepine, Claims: []Claim{{Properties: CNSDepressant, Sources: cite(srcOpioidBenzoBW, srcBenzoBW2020)}}, Warnings: []Warning{wOpioidBenzo, {Text: "Abuse, misuse and addiction; physical dependence and withdrawal reactions, which can be life-threatening, even when taken as prescribed.", Sources: cite(srcBenzoBW2020)}}},
		{Class: ClassZDrug, Claims: []Claim{{Properties: CNSDepressant, Sources: cite(srcMOUDNotWithhold, srcZolpidemDSC)}}, Warnings: []Warning{{Text: "Complex sleep behaviors (sleepwalking, sleep driving and other activities while not fully awake) have caused serious injury and death; contraindicated after a prior episode.", Sources: cite(srcZDrugBW)}}},
		{Class: ClassAnxiolytic, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcSerotonergicPotential, srcSJWReview)}}},
		{Class: ClassAntihistamine},
		{Class: ClassAlphaBlocker},
		{Class: ClassGabapentinoid, Claims: []Claim{{Properties: CNSDepressant, Sources: cite(srcGabapentinoidDSC)}}, Warnings: []Warning{{Text: "Serious breathing difficulties with opioids or other CNS depressants, in older people and in people with lung disease (FDA warning, not boxed).", Sources: cite(srcGabapentinoidDSC)}}},
		{Class: ClassStimulant, Claims: []Claim{{Properties: Sympathomimetic, Sources: cite(at(srcONC, "Table 2, amphetamine and derivatives object class"))}}, Warnings: []Warning{{Text: "Abuse, misuse and addiction: assess the risk before prescribing and monitor throughout; counsel never to share the medicine.", Sources: cite(srcStimulantBW)}}},
		{Class: ClassNonstimulantADHD},
		{Class: ClassAlpha2Agonist},
		{Class: ClassOpioidTreatment, Warnings: []Warning{wOpioidBenzo}},
		{Class: ClassOpioidAntagonist, Claims: []Claim{{Properties: OpioidAntagonist, Sources: cite(srcVivitrol)}}},
		{Class: ClassAlcoholTreatment},
		{Class: ClassNMDAAntagonist},
		{Class: ClassMelatoninAgonist},
		{Class: ClassOpioidAnalgesic, Claims: []Claim{{Properties: OpioidAgonist | CNSDepressant, Sources: cite(srcOpioidBenzoBW)}}, Warnings: []Warning{wOpioidBenzo}},
		{Class: ClassTriptan, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcSerotonergicPotential, srcTriptanAlert)}}},
		{Class: ClassNSAID, Claims: []Claim{{Properties: RaisesLithium, Sources: cite(srcLithiumBpac)}, {Properties: AffectsBleeding, Sources: cite(srcOmega3)}}},
		{Class: ClassACEInhibitor, Claims: []Claim{{Properties: RaisesLithium, Sources: cite(srcLithiumBpac)}}},
		{Class: ClassARB, Claims: []Claim{{Properties: RaisesLithium, Sources: cite(srcLithiumBpac)}}},
		{Class: ClassThiazide, Claims: []Claim{{Properties: RaisesLithium, Sources: cite(srcLithiumBpac)}}},
		{Class: ClassAntibacterial},
		{Class: ClassMuscleRelaxant},
		{Class: ClassAntiarrhythmic},
		{Class: ClassAntitussive},
		{Class: ClassDecongestant, Claims: []Claim{{Properties: Sympathomimetic, Sources: cite(at(srcONC, "Table 2, amphetamine and derivatives object class"))}}},
		{Class: ClassAnorectic, Claims: []Claim{{Properties: Sympathomimetic, Sources: cite(at(srcONC, "Table 2, amphetamine and derivatives object class"))}}},
		{Class: ClassAnticoagulant, Claims: []Claim{{Properties: Anticoagulant | AffectsBleeding, Sources: cite(srcOmega3, srcGinkgo)}}},
		{Class: ClassAntiplatelet},
		{Class: ClassProteaseInhibitor},
		{Class: ClassAntineoplastic},
		{Class: ClassDiagnosticDye},
		{Class: ClassThyroidHormone},
		{Class: ClassBetaBlocker},
		{Class: ClassAlcohol, Claims: []Claim{{Properties: CNSDepressant, Sources: cite(srcOpioidBenzoBW, srcBenzoBW2020)}}},
		{Class: ClassCannabis},
		{Class: ClassTobacco},
		{Class: ClassIllicitOpioid, Claims: []Claim{{Properties: OpioidAgonist | CNSDepressant, Sources: cite(srcOpioidBenzoBW, srcMOUDNotWithhold)}}},
		{Class: ClassIllicitStimulant},
		{Class: ClassEntactogen, Claims: []Claim{{Properties: Serotonergic, Sources: cite(srcSerotonergicPotential)}}},
		{Class: ClassBotanicalOpioid, Claims: []Claim{{Properties: OpioidAgonist, Sources: cite(srcKratom)}}},
		{Class: ClassHerb},
		{Class: ClassSupplement},
		{Class: ClassOther},
		{Class: ClassAzapirone, Warnings: []Warning{wAntidepressant}, Trial: adTrial()},
		{Class: ClassOrexinAntagonist, Claims: []Claim{{Properties: CNSDepressant, Sources: cite(srcDayvigo, srcSuvorexantFDA)}}},
		{Class: ClassWakePromoting},
		{Class: ClassSmokingCessation},
		{Class: ClassNeurosteroid},
		{Class: ClassVMAT2Inhibitor},
		{Class: ClassAntiparkinsonAnticholinergic},
		{Class: ClassCholinesteraseInhibitor},
		{Class: ClassOxybate},
		{Class: ClassMuscarinicAntipsychotic},
		{Class: ClassHormonalContraceptive},
		{Class: ClassImmunosuppressant},
		{Class: ClassAntifungal},
		{Class: ClassAntidementia},
	}
}
