package modality

import "github.com/wholeperson/integrative/evidence"

// Sources cited by the catalogs and the coherence checks. Each was checked
// against the document itself, its publisher's abstract, or a guideline's
// published recommendation text; the package documentation lists what was
// left out for want of a checked source.
var (
	// Guidelines.

	srcVADoDPTSD = evidence.Source{
		Title:     "Management of Posttraumatic Stress Disorder and Acute Stress Disorder: Synopsis of the 2023 U.S. Department of Veterans Affairs and U.S. Department of Defense Clinical Practice Guideline",
		Publisher: "Annals of Internal Medicine 177(3), doi:10.7326/M23-2757",
		Year:      2024,
		Locator:   "psychotherapy recommendations: individual, manualized trauma-focused psychotherapy (prolonged exposure, cognitive processing therapy, EMDR) recommended over other psychotherapies and over pharmacotherapy",
		URL:       "https://www.acpjournals.org/doi/10.7326/M23-2757",
	}
	srcAPAPTSD = evidence.Source{
		Title:     "Clinical Practice Guideline for the Treatment of Posttraumatic Stress Disorder (PTSD) in Adults",
		Publisher: "American Psychological Association",
		Year:      2017,
		Locator:   "recommendations for psychotherapy: strong recommendations for cognitive behavioral therapy, cognitive processing therapy, cognitive therapy and prolonged exposure",
		URL:       "https://www.apa.org/ptsd-guideline",
	}
	srcAPAPTSDConditional = evidence.Source{
		Title:     "Clinical Practice Guideline for the Treatment of Posttraumatic Stress Disorder (PTSD) in Adults",
		Publisher: "American Psychological Association",
		Year:      2017,
		Locator:   "recommendations for psychotherapy: conditional recommendations for brief eclectic psychotherapy, eye movement desensitization and reprocessing, and narrative exposure therapy",
		URL:       "https://www.apa.org/ptsd-guideline",
	}
	srcVADoDPTSDSuggested = evidence.Source{
		Title:     "A clinician's guide to the 2023 VA/DoD Clinical Practice Guideline for Management of Posttraumatic Stress Disorder and Acute Stress Disorder",
		Publisher: "Journal of Traumatic Stress (Lang AJ, Hamblen JL, Holtzheimer P, et al.), doi:10.1002/jts.23013",
		Year:      2024,
		Locator:   "psychotherapy: suggested (weak for) individual manualized psychotherapies, among them written exposure therapy, cognitive therapy for PTSD and present-centered therapy",
		URL:       "https://doi.org/10.1002/jts.23013",
	}
	srcISTSS2019 = evidence.Source{
		Title:     "Posttraumatic Stress Disorder Prevention and Treatment Guidelines: Methodology and Recommendations",
		Publisher: "International Society for Traumatic Stress Studies",
		Year:      2019,
		Locator:   "treatment recommendations for children and adolescents: cognitive behavioural therapy with a trauma focus (CBT-T)",
		URL:       "https://www.hhri.org/publication/posttraumatic-stress-disorder-prevention-and-treatment-guidelines-methodology-and-recommendations/",
	}
	srcAACAPPTSD = evidence.Source{
		Title:     "Practice Parameter for the Assessment and Treatment of Children and Adolescents With Posttraumatic Stress Disorder",
		Publisher: "Journal of the American Academy of Child and Adolescent Psychiatry 49(4):414-430 (Cohen JA and the AACAP Work Group on Quality Issues)",
		Year:      2010,
		Locator:   "treatment recommendations: trauma-focused psychotherapies",
	}
	srcVADoDMDD = evidence.Source{
		Title:     "VA/DoD Clinical Practice Guideline for the Management of Major Depressive Disorder, version 4.0",
		Publisher: "US Department of Veterans Affairs and US Department of Defense",
		Year:      2022,
		Locator:   "initial treatment of uncomplicated MDD: psychotherapy (ACT, behavioral activation, CBT, IPT, MBCT, problem-solving therapy, short-term psychodynamic psychotherapy) or pharmacotherapy",
		URL:       "https://www.healthquality.va.gov/guidelines/MH/mdd/",
	}
	srcNG222 = evidence.Source{
		Title:     "Depression in adults: treatment and management (NG222)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2022,
		Locator:   "section 1.5, table 1: treatment options for a new episode of less severe depression, including group and individual CBT, group and individual behavioural activation, group exercise and group mindfulness and meditation",
		URL:       "https://www.nice.org.uk/guidance/ng222/chapter/recommendations",
	}
	srcNG222Wellbeing = evidence.Source{
		Title:     "Depression in adults: treatment and management (NG222)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2022,
		Locator:   "recommendations 1.4.42 and 1.4.43, activities to help wellbeing: regular physical activity; a healthy lifestyle (healthy diet, not over-using alcohol, enough sleep)",
		URL:       "https://www.nice.org.uk/guidance/ng222/chapter/recommendations",
	}
	srcCANMAT = evidence.Source{
		Title:     "Canadian Network for Mood and Anxiety Treatments (CANMAT) and International Society for Bipolar Disorders (ISBD) 2018 guidelines for the management of patients with bipolar disorder",
		Publisher: "Bipolar Disorders 20(2):97-170 (Yatham LN et al.)",
		Year:      2018,
		Locator:   "adjunctive psychosocial treatments, maintenance: psychoeducation first-line; CBT and family-focused therapy second-line; interpersonal and social rhythm therapy and peer interventions third-line",
	}
	srcCANMATUpdate = evidence.Source{
		Title:     "The CANMAT and ISBD Guidelines for the Treatment of Bipolar Disorder: Summary and a 2023 Update of Evidence",
		Publisher: "Focus 21:344-353 (Keramatian K, Chithra NK, Yatham LN), doi:10.1176/appi.focus.20230009",
		Year:      2023,
		Locator:   "section Psychosocial interventions",
	}
	srcCG31 = evidence.Source{
		Title:     "Obsessive-compulsive disorder and body dysmorphic disorder: treatment (CG31)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2005,
		Locator:   "section 1.5, stepped care: cognitive behavioural therapy including exposure and response prevention (ERP) as the initial psychological treatment",
		URL:       "https://www.nice.org.uk/guidance/cg31",
	}
	srcCG113Panic = evidence.Source{
		Title:     "Generalised anxiety disorder and panic disorder in adults: management (CG113)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2011,
		Locator:   "panic disorder, step 2 (treatment in primary care), recommendation 1.4.9: offer psychological therapy, pharmacological therapy or self-help, which have evidence for the longest duration of effect in that order; psychological therapy is CBT (recommendations 1.4.12 to 1.4.18)",
		URL:       "https://www.nice.org.uk/guidance/cg113",
	}
	srcCG113GAD = evidence.Source{
		Title:     "Generalised anxiety disorder and panic disorder in adults: management (CG113)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2011,
		Locator:   "GAD, step 3 (marked functional impairment, or no adequate response to step 2): offer an individual high-intensity psychological intervention, CBT or applied relaxation (recommendations 1.2.17 to 1.2.21), or drug treatment",
		URL:       "https://www.nice.org.uk/guidance/cg113",
	}
	srcCG113GADStep2 = evidence.Source{
		Title:     "Generalised anxiety disorder and panic disorder in adults: management (CG113)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2011,
		Locator:   "GAD, step 2, recommendation 1.2.11: offer one or more of individual non-facilitated self-help, individual guided self-help and psychoeducational groups as a first-line intervention",
		URL:       "https://www.nice.org.uk/guidance/cg113",
	}
	srcCG113SelfHelp = evidence.Source{
		Title:     "Generalised anxiety disorder and panic disorder in adults: management (CG113)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2011,
		Locator:   "recommendations 1.2.12 and 1.2.13: self-help materials based on the treatment principles of CBT, worked through systematically over at least 6 weeks, on their own or supported by a trained practitioner in five to seven sessions",
		URL:       "https://www.nice.org.uk/guidance/cg113",
	}
	srcCG159Adults = evidence.Source{
		Title:     "Social anxiety disorder: recognition, assessment and treatment (CG159)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2013,
		Locator:   "section 1.3, interventions for adults (aged 18 and older): offer individual CBT specifically developed to treat social anxiety disorder (based on the Clark and Wells or the Heimberg model); CBT-based supported self-help or other options for adults who decline it",
		URL:       "https://www.nice.org.uk/guidance/cg159",
	}
	srcCG159Children = evidence.Source{
		Title:     "Social anxiety disorder: recognition, assessment and treatment (CG159)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2013,
		Locator:   "section 1.5, interventions for children and young people (school age to 17 years): offer individual or group CBT focused on social anxiety",
		URL:       "https://www.nice.org.uk/guidance/cg159",
	}
	srcCG178CBT = evidence.Source{
		Title:     "Psychosis and schizophrenia in adults: prevention and management (CG178)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2014,
		Locator:   "psychological interventions: offer CBT to all people with psychosis or schizophrenia, individually over at least 16 planned sessions, alongside antipsychotic medication",
		URL:       "https://www.nice.org.uk/guidance/cg178",
	}
	srcCG178Family = evidence.Source{
		Title:     "Psychosis and schizophrenia in adults: prevention and management (CG178)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2014,
		Locator:   "psychological interventions: offer family intervention to the families of people with psychosis or schizophrenia who live with or are in close contact with them, over 3 months to 1 year with at least 10 planned sessions",
		URL:       "https://www.nice.org.uk/guidance/cg178",
	}
	srcCG158 = evidence.Source{
		Title:     "Antisocial behaviour and conduct disorders in children and young people: recognition and management (CG158)",
		Publisher: "National Institute for Health and Care Excellence and Social Care Institute for Excellence",
		Year:      2013,
		Locator:   "parent training programmes: offer a group parent-training programme to the parents of children aged between 3 and 11 years who have oppositional defiant disorder or conduct disorder or are at high risk of them; research recommendation 2.1: the evidence is well established for children aged 11 and younger, with little for older children",
		URL:       "https://www.nice.org.uk/guidance/cg158",
	}
	srcACPInsomnia = evidence.Source{
		Title:     "Management of Chronic Insomnia Disorder in Adults: A Clinical Practice Guideline From the American College of Physicians",
		Publisher: "Annals of Internal Medicine 165(2):125-133 (Qaseem A et al.)",
		Year:      2016,
		Locator:   "Recommendation 1: cognitive behavioral therapy for insomnia as the initial treatment for chronic insomnia disorder (strong recommendation, moderate-quality evidence)",
	}
	srcAASMInsomnia = evidence.Source{
		Title:     "Behavioral and psychological treatments for chronic insomnia disorder in adults: an American Academy of Sleep Medicine clinical practice guideline",
		Publisher: "Journal of Clinical Sleep Medicine 17(2):255-262 (Edinger JD et al.)",
		Year:      2021,
		Locator:   "multicomponent CBT-I: strong recommendation; stimulus control and sleep restriction as components",
	}
	srcCG78 = evidence.Source{
		Title:     "Borderline personality disorder: recognition and management (CG78)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2009,
		Locator:   "section 1.3.4, psychological treatment: for women with borderline personality disorder for whom reducing recurrent self-harm is a priority, consider a comprehensive dialectical behaviour therapy programme",
		URL:       "https://www.nice.org.uk/guidance/cg78",
	}
	srcNG69 = evidence.Source{
		Title:     "Eating disorders: recognition and treatment (NG69)",
		Publisher: "National Institute for Health and Care Excellence",
		Year:      2017,
		Locator:   "section 1.3, treating anorexia nervosa in children and young people: anorexia-nervosa-focused family therapy",
		URL:       "https://www.nice.org.uk/guidance/ng69",
	}
	srcVADoDSUD = evidence.Source{
		Title:     "The Management of Substance Use Disorders: Synopsis of the 2021 U.S. Department of Veterans Affairs and U.S. Department of Defense Clinical Practice Guideline",
		Publisher: "Annals of Internal Medicine 175(5):720-731 (Perry C et al.), doi:10.7326/M21-4011",
		Year:      2022,
		Locator:   "key recommendations on contingency management for stimulant use disorder",
		URL:       "https://doi.org/10.7326/M21-4011",
	}

	// Phase-oriented trauma care.

	srcHerman = evidence.Source{
		Title:     "Trauma and Recovery",
		Publisher: "Basic Books (Herman JL)",
		Year:      1992,
		Locator:   "stages of recovery: establishing safety; remembrance and mourning; reconnection with ordinary life",
	}
	srcISTSS2012 = evidence.Source{
		Title:     "The ISTSS Expert Consensus Treatment Guidelines for Complex PTSD in Adults",
		Publisher: "International Society for Traumatic Stress Studies (Cloitre M, Courtois CA, Ford JD, et al.)",
		Year:      2012,
		Locator:   "sequenced, phase-based treatment: safety and stabilization with skills building; processing of trauma memories; consolidation and reintegration",
	}
	srcDeJongh = evidence.Source{
		Title:     "Critical analysis of the current treatment guidelines for complex PTSD in adults",
		Publisher: "Depression and Anxiety 33(5):359-369 (De Jongh A, Resick PA, Zoellner LA, et al.)",
		Year:      2016,
		Locator:   "no rigorous evidence that a stabilization phase is required before trauma-focused treatment",
		URL:       "https://research.vu.nl/en/publications/critical-analysis-of-the-current-treatment-guidelines-for-complex",
	}

	// Psychotherapy integration and common factors.

	srcHandbook = evidence.Source{
		Title:     "Handbook of Psychotherapy Integration, 3rd edition",
		Publisher: "Oxford University Press (Norcross JC, Goldfried MR, eds.)",
		Year:      2019,
		Locator:   "Part II, integrative psychotherapy models: common factors; technical eclecticism; theoretical integration; assimilative integration",
	}
	srcPrimer = evidence.Source{
		Title:     "A Primer on Psychotherapy Integration",
		Publisher: "Handbook of Psychotherapy Integration, 3rd edition, chapter 1, Oxford University Press (Norcross JC, Alexander EF)",
		Year:      2019,
		Locator:   "integration distinguished from syncretism, the uncritical and unsystematic combination of methods",
	}
	srcAssimilativeCBT = evidence.Source{
		Title:     "Cognitive-Behavioral Assimilative Integration",
		Publisher: "Handbook of Psychotherapy Integration, 3rd edition, chapter 11, Oxford University Press (Castonguay LG, Newman MG, grosse Holtforth M)",
		Year:      2019,
	}
	srcLampropoulos = evidence.Source{
		Title:     "Bridging technical eclecticism and theoretical integration: assimilative integration",
		Publisher: "Journal of Psychotherapy Integration 11(1) (Lampropoulos GK)",
		Year:      2001,
		Locator:   "one home theory; imported techniques take on meaning from the host context",
		URL:       "https://link.springer.com/article/10.1023/A:1026624923957",
	}
	srcTranstheoretical = evidence.Source{
		Title:     "The Transtheoretical Approach",
		Publisher: "Handbook of Psychotherapy Integration, 3rd edition, chapter 8, Oxford University Press (Prochaska JO, DiClemente CC)",
		Year:      2019,
	}
	srcMultimodal = evidence.Source{
		Title:     "Multimodal Therapy",
		Publisher: "Handbook of Psychotherapy Integration, 3rd edition, chapter 6, Oxford University Press (Lazarus CN, Lazarus AA)",
		Year:      2019,
		Locator:   "technical eclecticism: techniques selected for what works for whom, without theoretical unification",
	}
	srcSTS = evidence.Source{
		Title:     "Systematic Treatment Selection",
		Publisher: "Handbook of Psychotherapy Integration, 3rd edition, chapter 7, Oxford University Press (Consoli AJ, Beutler LE)",
		Year:      2019,
	}
	srcWampold = evidence.Source{
		Title:     "How important are the common factors in psychotherapy? An update",
		Publisher: "World Psychiatry 14(3):270-277 (Wampold BE)",
		Year:      2015,
		Locator:   "contextual model: real relationship, expectations created by a credible explanation of the disorder and treatment, health-promoting actions; evidence for alliance, empathy, expectations, cultural adaptation",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC4592639/",
	}
	srcFIT = evidence.Source{
		Title:     "Feedback Informed Treatment",
		Publisher: "Handbook of Psychotherapy Integration, 3rd edition, chapter 5, Oxford University Press (Maeschalck CL, Prescott DS, Miller SD)",
		Year:      2019,
	}
	srcLambert = evidence.Source{
		Title:     "Collecting client feedback",
		Publisher: "Psychotherapy 48(1):72-79 (Lambert MJ, Shimokawa K)",
		Year:      2011,
	}
	srcTryon = evidence.Source{
		Title:     "Goal consensus and collaboration",
		Publisher: "Psychotherapy 48(1):50-57 (Tryon GS, Winograd G)",
		Year:      2011,
	}
	srcAPAEthics = evidence.Source{
		Title:     "Ethical Principles of Psychologists and Code of Conduct",
		Publisher: "American Psychological Association (2002, amended effective 2010 and 2017)",
		Year:      2017,
		Locator:   "Standard 2.01, Boundaries of Competence: services only within the boundaries of competence based on education, training, supervised experience",
		URL:       "https://www.apa.org/ethics/code",
	}

	// Orientations, manuals and defining texts.

	srcBeck = evidence.Source{
		Title:     "Cognitive Therapy of Depression",
		Publisher: "Guilford Press (Beck AT, Rush AJ, Shaw BF, Emery G)",
		Year:      1979,
	}
	srcBeckJ = evidence.Source{
		Title:     "Cognitive Behavior Therapy: Basics and Beyond, 3rd edition",
		Publisher: "Guilford Press (Beck JS)",
		Year:      2021,
	}
	srcPE = evidence.Source{
		Title:     "Prolonged Exposure Therapy for PTSD: Emotional Processing of Traumatic Experiences, Therapist Guide, 2nd edition",
		Publisher: "Oxford University Press (Foa EB, Hembree EA, Rothbaum BO, Rauch SAM)",
		Year:      2019,
	}
	srcCPT = evidence.Source{
		Title:     "Cognitive Processing Therapy for PTSD: A Comprehensive Manual",
		Publisher: "Guilford Press (Resick PA, Monson CM, Chard KM)",
		Year:      2017,
	}
	srcEMDR = evidence.Source{
		Title:     "Eye Movement Desensitization and Reprocessing (EMDR) Therapy: Basic Principles, Protocols, and Procedures, 3rd edition",
		Publisher: "Guilford Press (Shapiro F)",
		Year:      2018,
	}
	srcTFCBT = evidence.Source{
		Title:     "Treating Trauma and Traumatic Grief in Children and Adolescents, 2nd edition",
		Publisher: "Guilford Press (Cohen JA, Mannarino AP, Deblinger E)",
		Year:      2017,
	}
	srcNCTSNTFCBT = evidence.Source{
		Title:     "Trauma-Focused Cognitive Behavioral Therapy (TF-CBT)",
		Publisher: "National Child Traumatic Stress Network, intervention fact sheet",
		Year:      2024,
		Locator:   "youth ages 3-18; components- and phase-based; 8-25 sessions",
		URL:       "https://nctsn.org/node/621",
	}
	srcERP = evidence.Source{
		Title:     "Exposure and Response (Ritual) Prevention for Obsessive-Compulsive Disorder: Therapist Guide, 2nd edition",
		Publisher: "Oxford University Press (Foa EB, Yadin E, Lichner TK)",
		Year:      2012,
	}
	srcPanicCBT = evidence.Source{
		Title:     "Mastery of Your Anxiety and Panic: Therapist Guide, 4th edition",
		Publisher: "Oxford University Press (Craske MG, Barlow DH)",
		Year:      2007,
	}
	srcBA = evidence.Source{
		Title:     "Behavioral Activation for Depression: A Clinician's Guide",
		Publisher: "Guilford Press (Martell CR, Dimidjian S, Herman-Dunn R)",
		Year:      2010,
	}
	srcDBTSkills = evidence.Source{
		Title:     "DBT Skills Training Manual, 2nd edition",
		Publisher: "Guilford Press (Linehan MM)",
		Year:      2015,
	}
	srcDBT = evidence.Source{
		Title:     "Cognitive-Behavioral Treatment of Borderline Personality Disorder",
		Publisher: "Guilford Press (Linehan MM)",
		Year:      1993,
		Locator:   "stages of treatment: stage 1 targets behavioral control and safety before stage 2 work on traumatic experience",
	}
	srcDBTA = evidence.Source{
		Title:     "DBT Skills Manual for Adolescents",
		Publisher: "Guilford Press (Rathus JH, Miller AL)",
		Year:      2015,
	}
	srcDBTAMeta = evidence.Source{
		Title:     "Efficacy of dialectical behavior therapy for adolescent self-harm and suicidal ideation: a systematic review and meta-analysis",
		Publisher: "Psychological Medicine 51(7):1057-1067 (Kothgassner OD et al.)",
		Year:      2021,
		Locator:   "DBT-A studies of adolescents aged 12-19; small to moderate effects on self-harm and suicidal ideation versus controls",
		URL:       "https://pmc.ncbi.nlm.nih.gov/articles/PMC8188531/",
	}
	srcSafetyPlan = evidence.Source{
		Title:     "Safety planning intervention: a brief intervention to mitigate suicide risk",
		Publisher: "Cognitive and Behavioral Practice 19(2):256-264 (Stanley B, Brown GK)",
		Year:      2012,
	}
	srcACT = evidence.Source{
		Title:     "Acceptance and Commitment Therapy: The Process and Practice of Mindful Change, 2nd edition",
		Publisher: "Guilford Press (Hayes SC, Strosahl KD, Wilson KG)",
		Year:      2012,
	}
	srcThirdWave = evidence.Source{
		Title:     "Acceptance and commitment therapy, relational frame theory, and the third wave of behavioral and cognitive therapies",
		Publisher: "Behavior Therapy 35(4):639-665 (Hayes SC)",
		Year:      2004,
	}
	srcMBCT = evidence.Source{
		Title:     "Mindfulness-Based Cognitive Therapy for Depression, 2nd edition",
		Publisher: "Guilford Press (Segal ZV, Williams JMG, Teasdale JD)",
		Year:      2013,
	}
	srcMBSR = evidence.Source{
		Title:     "Full Catastrophe Living",
		Publisher: "Delacorte (Kabat-Zinn J)",
		Year:      1990,
	}
	srcIPT = evidence.Source{
		Title:     "The Guide to Interpersonal Psychotherapy, updated and expanded edition",
		Publisher: "Oxford University Press (Weissman MM, Markowitz JC, Klerman GL)",
		Year:      2018,
	}
	srcIPTOrigin = evidence.Source{
		Title:     "Interpersonal Psychotherapy of Depression",
		Publisher: "Basic Books (Klerman GL, Weissman MM, Rounsaville BJ, Chevron ES)",
		Year:      1984,
	}
	srcIPSRT = evidence.Source{
		Title:     "Treating Bipolar Disorder: A Clinician's Guide to Interpersonal and Social Rhythm Therapy",
		Publisher: "Guilford Press (Frank E)",
		Year:      2005,
	}
	srcFFT = evidence.Source{
		Title:     "Bipolar Disorder: A Family-Focused Treatment Approach, 2nd edition",
		Publisher: "Guilford Press (Miklowitz DJ)",
		Year:      2008,
	}
	srcPsychoeducation = evidence.Source{
		Title:     "Psychoeducation Manual for Bipolar Disorder",
		Publisher: "Cambridge University Press (Colom F, Vieta E)",
		Year:      2006,
	}
	srcShedler = evidence.Source{
		Title:     "The efficacy of psychodynamic psychotherapy",
		Publisher: "American Psychologist 65(2):98-109 (Shedler J)",
		Year:      2010,
		Locator:   "distinctive features: focus on affect, exploration of avoidance, recurring themes, past experience, interpersonal relations, the therapy relationship",
	}
	srcSTPP = evidence.Source{
		Title:     "Short-term psychodynamic psychotherapies for common mental disorders",
		Publisher: "Cochrane Database of Systematic Reviews 2014, Issue 7, CD004687 (Abbass AA et al.)",
		Year:      2014,
	}
	srcRogers = evidence.Source{
		Title:     "The necessary and sufficient conditions of therapeutic personality change",
		Publisher: "Journal of Consulting Psychology 21(2):95-103 (Rogers CR)",
		Year:      1957,
	}
	srcEFT = evidence.Source{
		Title:     "Emotion-Focused Therapy, revised edition",
		Publisher: "American Psychological Association (Greenberg LS)",
		Year:      2017,
	}
	srcMI = evidence.Source{
		Title:     "Motivational Interviewing: Helping People Change, 3rd edition",
		Publisher: "Guilford Press (Miller WR, Rollnick S)",
		Year:      2013,
		Locator:   "communication styles (directing, guiding, following); MI as a refined form of guiding",
	}
	srcCM = evidence.Source{
		Title:     "Contingency Management in Substance Abuse Treatment",
		Publisher: "Guilford Press (Higgins ST, Silverman K, Heil SH, eds.)",
		Year:      2008,
	}
	srcMinuchin = evidence.Source{
		Title:     "Families and Family Therapy",
		Publisher: "Harvard University Press (Minuchin S)",
		Year:      1974,
	}
	srcCircular = evidence.Source{
		Title:     "Hypothesizing - circularity - neutrality: three guidelines for the conductor of the session",
		Publisher: "Family Process 19(1):3-12 (Selvini Palazzoli M, Boscolo L, Cecchin G, Prata G)",
		Year:      1980,
	}
	srcCouples = evidence.Source{
		Title:     "Clinical Handbook of Couple Therapy, 5th edition",
		Publisher: "Guilford Press (Gurman AS, Lebow JL, Snyder DK, eds.)",
		Year:      2015,
	}
	srcAxline = evidence.Source{
		Title:     "Play Therapy",
		Publisher: "Houghton Mifflin (Axline VM)",
		Year:      1947,
	}
	srcPlayStatement = evidence.Source{
		Title:     "Evidence-Based Practice Statement: Play Therapy",
		Publisher: "Association for Play Therapy, research report (Ray DC, McCullough R; 2015, revised 2016)",
		Year:      2016,
		Locator:   "play therapy for children aged 3 to 12 with behavioral and emotional problems",
		URL:       "https://www.a4pt.org/page/evidencebased",
	}
	srcRFPCManual = evidence.Source{
		Title:     "Manual of Regulation-Focused Psychotherapy for Children (RFP-C) with Externalizing Behaviors: A Psychodynamic Approach",
		Publisher: "Routledge (Hoffman L, Rice T, Prout T)",
		Year:      2016,
		Locator:   "16 child play-therapy sessions and 4 caregiver sessions; defense interpretation of avoided emotions",
		URL:       "https://doi.org/10.4324/9781315736648",
	}
	srcRFPCRCT = evidence.Source{
		Title:     "Randomized controlled trial of Regulation Focused Psychotherapy for children: a manualized psychodynamic treatment for externalizing behaviors",
		Publisher: "Psychotherapy Research, pp. 555-570 (Prout TA et al.), doi:10.1080/10503307.2021.1980626",
		Year:      2021,
		Locator:   "n = 43 school-aged children with oppositional defiant disorder versus waitlist; parent-reported ODD symptoms reduced after 10 weeks; active-comparator trials still needed",
		URL:       "https://doi.org/10.1080/10503307.2021.1980626",
	}
	srcRFPCTrial = evidence.Source{
		Title:     "Evaluation of Regulation Focused Psychotherapy for Children (RFP-C), NCT03594253",
		Publisher: "ClinicalTrials.gov (sponsor: Yeshiva University)",
		Year:      2018,
		Locator:   "eligibility: children aged 5 to 12 years with symptoms of oppositional defiant disorder; twice weekly for 10 weeks",
		URL:       "https://clinicaltrials.gov/study/NCT03594253",
	}
	srcPST = evidence.Source{
		Title:     "Problem-Solving Therapy: A Treatment Manual",
		Publisher: "Springer Publishing Company (Nezu AM, Nezu CM, D'Zurilla TJ)",
		Year:      2013,
	}
	srcOst = evidence.Source{
		Title:     "Applied relaxation: description of a coping technique and review of controlled studies",
		Publisher: "Behaviour Research and Therapy 25(5):397-409 (Öst LG)",
		Year:      1987,
	}
	srcKazdinPMT = evidence.Source{
		Title:     "Parent Management Training: Treatment for Oppositional, Aggressive, and Antisocial Behavior in Children and Adolescents",
		Publisher: "Oxford University Press (Kazdin AE)",
		Year:      2005,
	}
	srcKuipers = evidence.Source{
		Title:     "Family Work for Schizophrenia: A Practical Guide, 2nd edition",
		Publisher: "Gaskell (Kuipers E, Leff J, Lam D)",
		Year:      2002,
	}
	srcWET = evidence.Source{
		Title:     "Written Exposure Therapy for PTSD: A Brief Treatment Approach for Mental Health Professionals",
		Publisher: "American Psychological Association (Sloan DM, Marx BP)",
		Year:      2019,
		Locator:   "five sessions of timed, scripted writing about the trauma memory",
	}
	srcEhlersClark = evidence.Source{
		Title:     "A cognitive model of posttraumatic stress disorder",
		Publisher: "Behaviour Research and Therapy 38(4):319-345 (Ehlers A, Clark DM)",
		Year:      2000,
	}
	srcNET = evidence.Source{
		Title:     "Narrative Exposure Therapy: A Short-Term Treatment for Traumatic Stress Disorders, 2nd edition",
		Publisher: "Hogrefe (Schauer M, Neuner F, Elbert T)",
		Year:      2011,
	}
	srcBEP = evidence.Source{
		Title:     "Randomized clinical trial of brief eclectic psychotherapy for police officers with posttraumatic stress disorder",
		Publisher: "Journal of Traumatic Stress 13(2):333-347 (Gersons BPR, Carlier IVE, Lamberts RD, van der Kolk BA)",
		Year:      2000,
	}
	srcSchnyder = evidence.Source{
		Title:     "Psychotherapies for PTSD: what do they have in common?",
		Publisher: "European Journal of Psychotraumatology 6 (Schnyder U, Ehlers A, Elbert T, Foa EB, Gersons BPR, Resick PA, Shapiro F, Cloitre M)",
		Year:      2015,
		Locator:   "each developer's summary of their treatment: brief eclectic psychotherapy, cognitive therapy for PTSD, narrative exposure therapy, prolonged exposure, cognitive processing therapy, EMDR",
	}
	srcPEAdolescents = evidence.Source{
		Title:     "Prolonged exposure vs supportive counseling for sexual abuse-related PTSD in adolescent girls: a randomized clinical trial",
		Publisher: "JAMA 310(24):2650-2657 (Foa EB et al.)",
		Year:      2013,
		Locator:   "61 adolescent girls aged 13 to 18; prolonged exposure modified for adolescents",
	}
	srcCPTAdolescents = evidence.Source{
		Title:     "Effect of developmentally adapted cognitive processing therapy for youth with symptoms of posttraumatic stress disorder after childhood sexual and physical abuse: a randomized clinical trial",
		Publisher: "JAMA Psychiatry 76(5):484-491 (Rosner R, Rimane E, Frick U, et al.), doi:10.1001/jamapsychiatry.2018.4349",
		Year:      2019,
		Locator:   "88 adolescents and young adults aged 14 to 21",
		URL:       "https://doi.org/10.1001/jamapsychiatry.2018.4349",
	}
	srcGroup = evidence.Source{
		Title:     "The Theory and Practice of Group Psychotherapy, 6th edition",
		Publisher: "Basic Books (Yalom ID, Leszcz M)",
		Year:      2020,
	}
	srcPeer = evidence.Source{
		Title:     "Core Competencies for Peer Workers in Behavioral Health Services",
		Publisher: "Substance Abuse and Mental Health Services Administration, Bringing Recovery Supports to Scale Technical Assistance Center Strategy",
		Year:      2015,
	}
	srcLifestyle = evidence.Source{
		Title:     "A meta-review of \"lifestyle psychiatry\": the role of exercise, smoking, diet and sleep in the prevention and treatment of mental disorders",
		Publisher: "World Psychiatry 19(3):360-380 (Firth J et al.)",
		Year:      2020,
		Locator:   "convergent evidence for physical activity in prevention and treatment; causal role of dietary patterns not yet established; benefits of non-pharmacological sleep interventions need further research",
		URL:       "https://doi.org/10.1002/wps.20773",
	}
	srcNeurofeedback = evidence.Source{
		Title:     "Neurofeedback for attention-deficit/hyperactivity disorder: meta-analysis of clinical and neuropsychological outcomes from randomized controlled trials",
		Publisher: "Journal of the American Academy of Child and Adolescent Psychiatry 55(6):444-455 (Cortese S et al.)",
		Year:      2016,
		Locator:   "effects on ADHD symptoms not significant with probably blinded ratings or active/sham controls",
	}
)
