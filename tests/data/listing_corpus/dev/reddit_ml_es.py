"""Real page: page two of a subreddit's listing (reddit.com/r/MachineLearning, 22 December
2015) with the interface in Spanish, saved by scrapinghub/aile for its tests. The posts' language
is English; the dates' is Spanish. The list (<div id=siteTable>): twenty-five "things" (<div
class="thing … link">, ranks 26 to 50), each a vote column, a thumbnail link, the title link (<p
class=title><a class=title>) followed by the domain in brackets, the tagline "enviado <time
datetime="2015-12-21T06:55:30+00:00" title="Mon Dec 21 06:55:30 2015 UTC">hace 1 día</time> por
<a class=author>U1F4A9</a>" and the buttons ("4 comentarios", "compartir", "guardar",
"ocultar", "reportar"). Self posts link the title to their comments page; link posts link it to
the other site (medium.com, singularityhub.com, cloudcv.org) and their comments link is the
permalink (counted as the same entry). Dates: the <time> shows an age ("hace 21 horas", "hace
1 día", "hace 2 días") and carries the second in UTC: the datetime attribute is taken. Authors:
the user after "por". Not entries: the promoted post above the list (<div id=siteTable_organic>,
"patrocinado"), the header's subreddit bar, the sidebar (search, submit buttons, the rules, the
AMA list with dates "(4/15/2015)", moderators), the pager and the footer.
"""

from datetime import UTC, datetime

url = "https://www.reddit.com/r/MachineLearning/?count=25&after=t3_3xq7e0"
timezone = "UTC"
now = datetime(2015, 12, 22, 13, 5, tzinfo=UTC)

entries = [
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xoaoh/what_is_a_natural_strongly_convex_function_over/",
        "title": "What is a natural strongly convex function over the unit ball for the L-infinity norm?",
        "published": datetime(2015, 12, 21, 6, 55, tzinfo=UTC),
        "author": "U1F4A9",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xprd1/creating_a_data_science_blog/",
        "title": "Creating a Data Science Blog",
        "published": datetime(2015, 12, 21, 16, 1, tzinfo=UTC),
        "author": "TheDataScientist",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xo1c1/question_about_word2vec_modeling_and_effect_of/",
        "title": "Question about word2vec modeling and effect of sentence loading order",
        "published": datetime(2015, 12, 21, 5, 24, tzinfo=UTC),
        "author": "sleepicat",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xpp9e/reference_request_state_of_the_art_on_mnist/",
        "title": "[Reference request] State of the art on MNIST",
        "published": datetime(2015, 12, 21, 15, 46, tzinfo=UTC),
        "author": "AnvaMiba",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xq4tm/em_estimation_of_a_mixture_of_logistic_function/",
        "title": "EM estimation of a mixture of logistic function",
        "published": datetime(2015, 12, 21, 17, 34, tzinfo=UTC),
        "author": "em_ericzhao",
    },
    {
        "link": "https://medium.com/@samim/assisted-drawing-7b26c81daf2d",
        "also": [
            "https://www.reddit.com/r/MachineLearning/comments/3xlgeb/assisted_drawing_exploring_augmented_creativity/"
        ],
        "title": "Assisted Drawing: Exploring Augmented Creativity",
        "published": datetime(2015, 12, 20, 17, 19, tzinfo=UTC),
        "author": "alexjc",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xp3pv/gradient_descent_step_size_question/",
        "title": "Gradient descent step size question",
        "published": datetime(2015, 12, 21, 12, 36, tzinfo=UTC),
        "author": "Letitgo123456",
    },
    {
        "link": "http://singularityhub.com/2015/12/20/inside-openai-will-transparency-protect-us-from-artificial-intelligence-run-amok/",
        "also": [
            "https://www.reddit.com/r/MachineLearning/comments/3xm56r/inside_openai_will_transparency_protect_us_from/"
        ],
        "title": "Inside OpenAI: Will Transparency Protect Us From Artificial Intelligence Run Amok? Interview with founding member of OpenAI",
        "published": datetime(2015, 12, 20, 20, 21, tzinfo=UTC),
        "author": "SkaiFox",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xoxbl/is_logistic_regression_the_most_suitable_for/",
        "title": "Is logistic regression the most suitable for binary classification ?",
        "published": datetime(2015, 12, 21, 11, 23, tzinfo=UTC),
        "author": "PyBet",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xpfsj/idea_weekly_advice_megathread_and_ban_advice/",
        "title": "Idea: weekly advice megathread and ban advice questions",
        "published": datetime(2015, 12, 21, 14, 32, tzinfo=UTC),
        "author": "InaneMembrane",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xlxiw/what_is_the_best_open_source_library_for/",
        "title": "what is the best open source library for sentiment analysis? is it Stanford CoreNLP?",
        "published": datetime(2015, 12, 20, 19, 25, tzinfo=UTC),
        "author": "hlpmewmyrelationship",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xob7t/calculating_receptive_fields_in_cnns/",
        "title": "Calculating Receptive Fields in CNNs",
        "published": datetime(2015, 12, 21, 7, 1, tzinfo=UTC),
        "author": "coltsfan2604",
    },
    {
        "link": "http://cloudcv.org/vqa",
        "also": [
            "https://www.reddit.com/r/MachineLearning/comments/3xl9kw/visual_question_answering_online_demo_ask_any/"
        ],
        "title": "Visual Question Answering Online Demo: Ask any question about any image",
        "published": datetime(2015, 12, 20, 16, 27, tzinfo=UTC),
        "author": "dexter1691",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xntt6/i_want_to_learn_deep_learning/",
        "title": "I want to learn deep learning",
        "published": datetime(2015, 12, 21, 4, 16, tzinfo=UTC),
        "author": "Lt_Snuffles",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xl93v/keras_has_anybody_been_able_to_train_a_stateful/",
        "title": "Keras: Has anybody been able to train a stateful LSTM yet?",
        "published": datetime(2015, 12, 20, 16, 24, tzinfo=UTC),
        "author": "butWhoWasBee",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xnfe0/seeking_advice_for_hardware_configuration_for/",
        "title": "Seeking advice for hardware configuration for doing deep learning experiments.",
        "published": datetime(2015, 12, 21, 2, 16, tzinfo=UTC),
        "author": "koormoosh",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xnbe3/is_there_a_text_processing_system_that_integrate/",
        "title": "Is there a text processing system that integrate all repetitive questions on the thread in unsupervised-way?",
        "published": datetime(2015, 12, 21, 1, 42, tzinfo=UTC),
        "author": "inctrljinee",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xm8ry/parametric_vs_non_parametric_training/",
        "title": "parametric vs non parametric training",
        "published": datetime(2015, 12, 20, 20, 48, tzinfo=UTC),
        "author": "chajohari",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xk1ji/wagic_mtg_and_deep_learning/",
        "title": "Wagic (MTG) and deep learning",
        "published": datetime(2015, 12, 20, 7, 17, tzinfo=UTC),
        "author": "Tom_Neverwinter",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xju90/thinking_out_loud_theoretical_basis_for_eg_vgg_e/",
        "title": "Thinking out loud: theoretical basis for eg vgg_e network architecture?",
        "published": datetime(2015, 12, 20, 5, 47, tzinfo=UTC),
        "author": "hughperkins",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xkmrp/help_html_machine_learning_is_it_possible_to/",
        "title": "[help] html + machine learning. Is it possible to create a NN which can identify comments in a web page? If yes, can you guys give me some starting points? Thanks!",
        "published": datetime(2015, 12, 20, 12, 37, tzinfo=UTC),
        "author": "yodeah",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xigbx/highway_networks/",
        "title": "Highway networks?",
        "published": datetime(2015, 12, 19, 22, 17, tzinfo=UTC),
        "author": "djc1000",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xkbq5/help_how_to_represent_text_data_to_representative/",
        "title": "[help] how to represent text data to representative features using python/matlab?",
        "published": datetime(2015, 12, 20, 9, 50, tzinfo=UTC),
        "author": "poporing88",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xhj58/deep_reinforcement_learning_zoo_looking_for/",
        "title": "Deep Reinforcement Learning Zoo - looking for trained models",
        "published": datetime(2015, 12, 19, 18, 0, tzinfo=UTC),
        "author": "GeneralIntelligence",
    },
    {
        "link": "https://www.reddit.com/r/MachineLearning/comments/3xk6a9/is_there_code_for_googles_inceptionism_generation/",
        "title": "Is there code for Google's inceptionism generation of class images?",
        "published": datetime(2015, 12, 20, 8, 26, tzinfo=UTC),
        "author": "dudel",
    },
]
