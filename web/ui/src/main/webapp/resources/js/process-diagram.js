// Draws the request's process model (bpmn-js viewer) and marks the step it stands at.
// The model's XML and the active element ids are in the page (request-details.xhtml).
(function () {
  'use strict';
  var holder = document.getElementById('process-diagram');
  var source = document.getElementById('process-xml');
  if (!holder || !source || !window.BpmnJS) {
    return;
  }
  var viewer = new window.BpmnJS({ container: holder });
  viewer.importXML(source.value).then(function () {
    var canvas = viewer.get('canvas');
    canvas.zoom('fit-viewport');
    (holder.getAttribute('data-active') || '').split(',').filter(Boolean).forEach(function (id) {
      try {
        canvas.addMarker(id, 'current-step');
      } catch (e) {
        // an element without a shape (a model without a diagram part) has nothing to mark
      }
    });
    holder.setAttribute('data-rendered', 'true');
  }).catch(function (error) {
    holder.textContent = 'The process diagram could not be drawn (' + error.message + ').';
    holder.setAttribute('data-rendered', 'failed');
  });
}());
