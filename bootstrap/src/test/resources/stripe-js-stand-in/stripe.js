// A stand-in for Stripe.js (https://js.stripe.com/v3/) for Chit's browser tests, served on loopback
// by StripeJsStandIn. It offers what the guest's app uses, shaped as Stripe documents it:
// Stripe(publishableKey, {stripeAccount}), stripe.elements({mode, amount, currency, ...}),
// elements.create('payment').mount(el), elements.update(), elements.submit(),
// stripe.createPaymentMethod({elements}) and stripe.handleNextAction({clientSecret}).
// Its Payment Element offers Stripe's test cards by their PaymentMethods; its next action opens
// the bank's challenge in a frame from this origin, as Stripe does, whose "Complete" and "Fail"
// pass or fail the intent at the Java StripeStandIn. No inline script, no style attribute: it
// runs under the guest pages' content security policy like the real one.
(function () {
  'use strict';
  var origin = new URL(document.currentScript.src).origin;
  var TEST_CARDS = [
    ['pm_card_visa', '4242 4242 4242 4242 (Visa)'],
    ['pm_card_authenticationRequired', '4000 0027 6000 3184 (3-D Secure)'],
    ['pm_card_chargeDeclined', '4000 0000 0000 0002 (declined)'],
  ];

  function stripeError(type, code, message) {
    return { error: { type: type, code: code, message: message } };
  }

  function paymentElement(state) {
    var container;
    return {
      mount: function (target) {
        if (typeof target === 'string') target = document.querySelector(target);
        container = document.createElement('div');
        container.className = 'stripe-stand-in';
        var label = document.createElement('label');
        label.htmlFor = 'stripe-stand-in-card';
        label.textContent = 'Card';
        var select = document.createElement('select');
        select.id = 'stripe-stand-in-card';
        TEST_CARDS.forEach(function (card) {
          var option = document.createElement('option');
          option.value = card[0];
          option.textContent = card[1];
          select.appendChild(option);
        });
        container.appendChild(label);
        container.appendChild(select);
        target.appendChild(container);
        state.select = select;
      },
      destroy: function () {
        if (container) container.remove();
        state.select = undefined;
      },
      on: function () {
        return this;
      },
    };
  }

  function elements(options) {
    if (!options || options.mode !== 'payment' || !(options.amount > 0) || !options.currency) {
      throw new Error('IntegrationError: elements() in payment mode needs mode, amount and currency');
    }
    var state = { options: Object.assign({}, options), submitted: false };
    return {
      _state: state,
      create: function (type) {
        if (type !== 'payment') throw new Error('IntegrationError: the stand-in has the Payment Element only');
        return paymentElement(state);
      },
      update: function (changes) {
        Object.assign(state.options, changes);
      },
      submit: function () {
        state.submitted = !!state.select;
        return Promise.resolve(state.submitted ? {} : stripeError('validation_error', 'incomplete', 'Your card is incomplete.'));
      },
    };
  }

  function handleNextAction(params) {
    var secret = params && params.clientSecret;
    var at = secret ? secret.indexOf('_secret_') : -1;
    if (at < 0) return Promise.resolve(stripeError('invalid_request_error', 'invalid_client_secret', 'Invalid client secret.'));
    var intent = secret.slice(0, at);
    return new Promise(function (resolve) {
      var overlay = document.createElement('div');
      overlay.style.position = 'fixed';
      overlay.style.inset = '0';
      overlay.style.zIndex = '2147483647';
      overlay.style.background = 'rgba(0, 0, 0, 0.4)';
      var frame = document.createElement('iframe');
      frame.title = 'Bank authentication';
      frame.src = origin + '/challenge?intent=' + encodeURIComponent(intent);
      frame.style.width = '100%';
      frame.style.height = '100%';
      frame.style.border = '0';
      frame.style.background = 'white';
      overlay.appendChild(frame);
      document.body.appendChild(overlay);
      function answered(event) {
        if (event.origin !== origin || !event.data || event.data.type !== 'stripe-stand-in:challenge-done') return;
        window.removeEventListener('message', answered);
        overlay.remove();
        resolve(event.data.passed
          ? { paymentIntent: { id: intent, object: 'payment_intent', status: 'requires_capture' } }
          : stripeError('card_error', 'payment_intent_authentication_failure',
            'We are unable to authenticate your payment method.'));
      }
      window.addEventListener('message', answered);
    });
  }

  window.Stripe = function (publishableKey, options) {
    if (!/^pk_(test|live)_/.test(publishableKey || '')) {
      throw new Error('IntegrationError: Invalid API Key provided: ' + publishableKey);
    }
    // What the app asked for, for the test to read: the key and the connected account.
    window.stripeStandIn = { publishableKey: publishableKey, stripeAccount: options && options.stripeAccount };
    return {
      elements: elements,
      createPaymentMethod: function (params) {
        var state = params && params.elements && params.elements._state;
        if (!state || !state.submitted) {
          return Promise.resolve(stripeError('invalid_request_error', 'elements_not_submitted',
            'elements.submit() must be called before createPaymentMethod()'));
        }
        return Promise.resolve({ paymentMethod: { id: state.select.value, object: 'payment_method', type: 'card' } });
      },
      handleNextAction: handleNextAction,
    };
  };
})();
